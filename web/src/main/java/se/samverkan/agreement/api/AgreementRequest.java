package se.samverkan.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.agreement.VersionDetails;

/**
 * A new agreement (its first version's validity with it), or a version's description (title
 * ignored). A class, not a record: Payara's OpenAPI generator fails on record constraints.
 */
public class AgreementRequest {

  @Size(max = 300, message = "{text.max}")
  private String title;

  @NotBlank(message = "{agreement.date.required}")
  private String validFrom;

  @NotBlank(message = "{agreement.date.required}")
  private String validTo;

  @Size(max = 300, message = "{text.max}")
  private String revisedBy;

  @Size(max = 4000, message = "{text.max}")
  private String changeSummary;

  private Long version;

  /** What the input describes; call only on input that passed its constraints. */
  public VersionDetails versionDetails() {
    return new VersionDetails(Dates.parse("validFrom", validFrom), Dates.parse("validTo", validTo),
        blankToNull(revisedBy), blankToNull(changeSummary));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(String validFrom) {
    this.validFrom = validFrom;
  }

  public String getValidTo() {
    return validTo;
  }

  public void setValidTo(String validTo) {
    this.validTo = validTo;
  }

  public String getRevisedBy() {
    return revisedBy;
  }

  public void setRevisedBy(String revisedBy) {
    this.revisedBy = revisedBy;
  }

  public String getChangeSummary() {
    return changeSummary;
  }

  public void setChangeSummary(String changeSummary) {
    this.changeSummary = changeSummary;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
