package se.samverkan.plan.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.plan.PlanDetails;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** A plan as the API and the secretariat's form receive it. A class: see AssignmentRequest. */
public class PlanRequest {

  @NotNull(message = "{plan.programmeArea.required}")
  private Long programmeAreaId;

  @NotBlank(message = "{plan.title.required}")
  @Size(max = 300, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String title;

  @Size(max = 4000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String summary;

  @NotNull(message = "{plan.year.required}")
  @Min(value = 2000, message = "{plan.year.range}")
  @Max(value = 2100, message = "{plan.year.range}")
  private Integer fromYear;

  @NotNull(message = "{plan.year.required}")
  @Min(value = 2000, message = "{plan.year.range}")
  @Max(value = 2100, message = "{plan.year.range}")
  private Integer toYear;

  private Long version;

  public PlanDetails details() {
    return new PlanDetails(programmeAreaId, title, summary, fromYear, toYear);
  }

  public Long getProgrammeAreaId() {
    return programmeAreaId;
  }

  public void setProgrammeAreaId(Long programmeAreaId) {
    this.programmeAreaId = programmeAreaId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Integer getFromYear() {
    return fromYear;
  }

  public void setFromYear(Integer fromYear) {
    this.fromYear = fromYear;
  }

  public Integer getToYear() {
    return toYear;
  }

  public void setToYear(Integer toYear) {
    this.toYear = toYear;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
