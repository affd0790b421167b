package se.samverkan.deviation.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.deviation.DeviationCategory;
import se.samverkan.deviation.DeviationReport;
import se.samverkan.shared.DeIdentified;
import se.samverkan.shared.InvalidInputException;

/**
 * A deviation as a member brings it (API and form). Every free text passes the de-identification
 * guard; the confirmation that it is fully handled and de-identified is required. A class, not a
 * record: Payara's OpenAPI generator fails on constraints of record components.
 */
public class DeviationRequest {

  @NotBlank(message = "{deviation.occurredOn.required}")
  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{deviation.occurredOn.format}")
  private String occurredOn;

  @NotBlank(message = "{deviation.text.required}")
  @Size(max = 200, message = "{text.max}")
  @DeIdentified
  private String reportingUnit;

  @NotNull(message = "{deviation.targetGroup.invalid}")
  @Pattern(regexp = "CHILDREN|YOUNG_ADULTS_PLACED|MENTAL_DISABILITY|SUBSTANCE_USE", message = "{deviation.targetGroup.invalid}")
  private String targetGroup;

  @NotBlank(message = "{deviation.text.required}")
  @Size(max = 200, message = "{text.max}")
  @DeIdentified
  private String agreementSection;

  @NotNull(message = "{deviation.category.invalid}")
  @Pattern(regexp = "AGREEMENT_FAULT|COORDINATION_STRUCTURE|INFORMATION_TRANSFER|RESPONSIBILITY_UNCLEAR|OTHER",
      message = "{deviation.category.invalid}")
  private String category;

  @NotBlank(message = "{deviation.text.required}")
  @Size(max = 4000, message = "{text.max}")
  @DeIdentified
  private String description;

  @NotBlank(message = "{deviation.text.required}")
  @Size(max = 4000, message = "{text.max}")
  @DeIdentified
  private String actionsTaken;

  @AssertTrue(message = "{deviation.confirmed.required}")
  private boolean fullyHandledAndDeIdentified;

  /** What the input says; call only on valid input. */
  public DeviationReport report() {
    LocalDate date;
    try {
      date = LocalDate.parse(occurredOn);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("occurredOn", "'" + occurredOn + "' is not a date; write it as yyyy-mm-dd");
    }
    return new DeviationReport(date, reportingUnit, TargetGroup.valueOf(targetGroup), agreementSection,
        DeviationCategory.valueOf(category), description, actionsTaken);
  }

  public String getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(String occurredOn) {
    this.occurredOn = occurredOn;
  }

  public String getReportingUnit() {
    return reportingUnit;
  }

  public void setReportingUnit(String reportingUnit) {
    this.reportingUnit = reportingUnit;
  }

  public String getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(String targetGroup) {
    this.targetGroup = targetGroup;
  }

  public String getAgreementSection() {
    return agreementSection;
  }

  public void setAgreementSection(String agreementSection) {
    this.agreementSection = agreementSection;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getActionsTaken() {
    return actionsTaken;
  }

  public void setActionsTaken(String actionsTaken) {
    this.actionsTaken = actionsTaken;
  }

  public boolean isFullyHandledAndDeIdentified() {
    return fullyHandledAndDeIdentified;
  }

  public void setFullyHandledAndDeIdentified(boolean fullyHandledAndDeIdentified) {
    this.fullyHandledAndDeIdentified = fullyHandledAndDeIdentified;
  }
}
