package se.samverkan.plan.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import se.samverkan.plan.economy.FinancingDetails;
import se.samverkan.plan.economy.FinancingSource;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** A financing row; source STATE_GRANT names its grantYear. */
public class FinancingRequest {

  @NotNull(message = "{plan.year.required}")
  @Min(value = 2000, message = "{plan.year.range}")
  @Max(value = 2100, message = "{plan.year.range}")
  private Integer year;

  private Long activityId;

  @NotNull(message = "{plan.source.invalid}")
  @Pattern(regexp = "STATE_GRANT|LOCAL_FUNDS|JOINTLY_ALLOCATED|NO_COST|OTHER", message = "{plan.source.invalid}")
  private String source;

  @Min(value = 2000, message = "{plan.year.range}")
  @Max(value = 2100, message = "{plan.year.range}")
  private Integer grantYear;

  @NotBlank(message = "{plan.amount.required}")
  @Size(max = 40, message = "{text.max}")
  private String amount;

  @Size(max = 1000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String comment;

  private Long version;

  public FinancingDetails details() {
    return new FinancingDetails(year, Optional.ofNullable(activityId), FinancingSource.valueOf(source),
        Optional.ofNullable(grantYear), CostRequest.money(amount), comment);
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Long getActivityId() {
    return activityId;
  }

  public void setActivityId(Long activityId) {
    this.activityId = activityId;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public Integer getGrantYear() {
    return grantYear;
  }

  public void setGrantYear(Integer grantYear) {
    this.grantYear = grantYear;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
