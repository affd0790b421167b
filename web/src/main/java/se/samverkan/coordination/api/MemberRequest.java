package se.samverkan.coordination.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samverkan.coordination.MemberDetails;
import se.samverkan.coordination.MemberRole;

/**
 * A member as the API receives it. {@code role} stays text here so an unknown value is reported
 * as a field error like any other; {@code version} is required when changing a member.
 */
public record MemberRequest(
    @NotBlank(message = "{member.name.required}") @Size(max = 200, message = "{text.max}") String name,
    @Email(message = "{member.email.invalid}") @Size(max = 254, message = "{text.max}") String email,
    @NotBlank(message = "{member.organisation.required}") @Size(max = 63, message = "{text.max}")
        String organisation,
    @NotBlank(message = "{member.unit.required}") @Size(max = 200, message = "{text.max}") String unit,
    @NotBlank(message = "{member.mandate.required}") @Size(max = 1000, message = "{text.max}")
        String mandate,
    @NotNull(message = "{member.role.required}")
        @Pattern(regexp = "COORDINATOR|MEMBER|CO_OPTED", message = "{member.role.required}")
        String role,
    Long version) {

  MemberDetails details() {
    return new MemberDetails(name, email, organisation, unit, mandate, MemberRole.valueOf(role));
  }
}
