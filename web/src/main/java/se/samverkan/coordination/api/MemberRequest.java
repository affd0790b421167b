package se.samverkan.coordination.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samverkan.coordination.MemberDetails;
import se.samverkan.coordination.MemberRole;
import se.samverkan.tenancy.OrganisationOfTheArea;

/**
 * A member as the API and the member form receive it. {@code role} stays text here so an unknown
 * value is reported as a field error like any other; {@code version} is required when changing a
 * member.
 *
 * <p>A class, not a record: Payara's OpenAPI generator fails on constraints of record components.
 */
public class MemberRequest {

  @NotBlank(message = "{member.name.required}")
  @Size(max = 200, message = "{text.max}")
  private String name;

  @Email(message = "{member.email.invalid}")
  @Size(max = 254, message = "{text.max}")
  private String email;

  @NotBlank(message = "{member.organisation.required}")
  @OrganisationOfTheArea
  private String organisation;

  @NotBlank(message = "{member.unit.required}")
  @Size(max = 200, message = "{text.max}")
  private String unit;

  @NotBlank(message = "{member.mandate.required}")
  @Size(max = 1000, message = "{text.max}")
  private String mandate;

  @NotNull(message = "{member.role.required}")
  @Pattern(regexp = "COORDINATOR|MEMBER|CO_OPTED", message = "{member.role.required}")
  private String role;

  private LocalDate periodStart;

  private LocalDate periodEnd;

  private Long version;

  public MemberRequest() {}

  /** The form filled with what is recorded, to change it. */
  public static MemberRequest of(MemberDetails details, long version) {
    MemberRequest request = new MemberRequest();
    request.name = details.name();
    request.email = details.email();
    request.organisation = details.organisation();
    request.unit = details.unit();
    request.mandate = details.mandate();
    request.role = details.role().name();
    request.periodStart = details.periodStart();
    request.periodEnd = details.periodEnd();
    request.version = version;
    return request;
  }

  /** What the input describes; call only on valid input. */
  public MemberDetails details() {
    return new MemberDetails(
        name, email, organisation, unit, mandate, MemberRole.valueOf(role), periodStart, periodEnd);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getMandate() {
    return mandate;
  }

  public void setMandate(String mandate) {
    this.mandate = mandate;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
