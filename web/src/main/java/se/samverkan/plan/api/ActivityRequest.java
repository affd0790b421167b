package se.samverkan.plan.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import se.samverkan.plan.ActivityDetails;
import se.samverkan.plan.ActivityStatus;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** An activity under a goal. Dates stay text so a wrong one is a field error; a class, see AssignmentRequest. */
public class ActivityRequest {

  @NotNull(message = "{plan.goal.required}")
  private Long goalId;

  @NotNull(message = "{plan.number.required}")
  @Min(value = 1, message = "{plan.number.range}")
  @Max(value = 99, message = "{plan.number.range}")
  private Integer number;

  @NotBlank(message = "{plan.activity.description.required}")
  @Size(max = 4000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String description;

  @Size(max = 1000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String partners;

  @Size(max = 500, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String responsible;

  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{plan.date.format}")
  private String startsOn;

  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{plan.date.format}")
  private String endsOn;

  @Size(max = 200, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String term;

  @Size(max = 2000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String followUp;

  @Size(max = 1000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String fundingNote;

  @Pattern(regexp = "PLANNED|ONGOING|DONE|CANCELLED", message = "{plan.activity.status.invalid}")
  private String status;

  @Pattern(regexp = "([A-Z](\\.[a-z])?)?", message = "{plan.initiative.code.invalid}")
  private String initiative;

  @Size(max = 500, message = "{text.max}")
  private String agreementRef;

  @Size(max = 500, message = "{text.max}")
  private String indicatorRef;

  private Long version;

  public ActivityDetails details() {
    return new ActivityDetails(goalId, number, description, partners, responsible, date("startsOn", startsOn),
        date("endsOn", endsOn), term, followUp, fundingNote,
        status == null || status.isBlank() ? ActivityStatus.PLANNED : ActivityStatus.valueOf(status),
        Optional.ofNullable(initiative), agreementRef, indicatorRef);
  }

  private static Optional<LocalDate> date(String field, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "'" + text + "' is not a date; write it as yyyy-mm-dd");
    }
  }

  public Long getGoalId() {
    return goalId;
  }

  public void setGoalId(Long goalId) {
    this.goalId = goalId;
  }

  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPartners() {
    return partners;
  }

  public void setPartners(String partners) {
    this.partners = partners;
  }

  public String getResponsible() {
    return responsible;
  }

  public void setResponsible(String responsible) {
    this.responsible = responsible;
  }

  public String getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(String startsOn) {
    this.startsOn = startsOn;
  }

  public String getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(String endsOn) {
    this.endsOn = endsOn;
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public String getFollowUp() {
    return followUp;
  }

  public void setFollowUp(String followUp) {
    this.followUp = followUp;
  }

  public String getFundingNote() {
    return fundingNote;
  }

  public void setFundingNote(String fundingNote) {
    this.fundingNote = fundingNote;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getInitiative() {
    return initiative;
  }

  public void setInitiative(String initiative) {
    this.initiative = initiative;
  }

  public String getAgreementRef() {
    return agreementRef;
  }

  public void setAgreementRef(String agreementRef) {
    this.agreementRef = agreementRef;
  }

  public String getIndicatorRef() {
    return indicatorRef;
  }

  public void setIndicatorRef(String indicatorRef) {
    this.indicatorRef = indicatorRef;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
