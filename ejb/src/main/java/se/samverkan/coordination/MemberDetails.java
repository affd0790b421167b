package se.samverkan.coordination;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.tenancy.OrganisationOfTheArea;

/**
 * What is recorded about a member's seat. Checked at the boundary (API and form) and again by the
 * service.
 *
 * @param organisation id of the party or user organisation the member represents
 * @param periodStart first day of the seat, or none (from the start)
 * @param periodEnd last day of the seat, or none (until further notice); after it the member
 *     no longer enters the space through this group
 */
public record MemberDetails(
    @NotBlank(message = "{member.name.required}") @Size(max = 200, message = "{text.max}")
        String name,
    @Email(message = "{member.email.invalid}") @Size(max = 254, message = "{text.max}")
        String email,
    @NotBlank(message = "{member.organisation.required}") @OrganisationOfTheArea
        String organisation,
    @NotBlank(message = "{member.unit.required}") @Size(max = 200, message = "{text.max}")
        String unit,
    @NotBlank(message = "{member.mandate.required}") @Size(max = 1000, message = "{text.max}")
        String mandate,
    @NotNull(message = "{member.role.required}") MemberRole role,
    LocalDate periodStart,
    LocalDate periodEnd) {

  public MemberDetails {
    name = trimmed(name);
    email = trimmed(email);
    if (email != null && email.isEmpty()) {
      email = null;
    }
    organisation = trimmed(organisation);
    unit = trimmed(unit);
    mandate = trimmed(mandate);
  }

  /** A period that ends before it starts is refused beside its end. */
  void requireOrderedPeriod() {
    if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
      throw new InvalidInputException("periodEnd", "the period cannot end before it starts");
    }
  }

  private static String trimmed(String text) {
    return text == null ? null : text.strip();
  }
}
