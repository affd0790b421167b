package se.samverkan.plan.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import se.samverkan.plan.economy.CostDetails;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Money;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** A cost row; the amount is text so that what people type ("12 345,50") is read exactly. */
public class CostRequest {

  @NotNull(message = "{plan.year.required}")
  @Min(value = 2000, message = "{plan.year.range}")
  @Max(value = 2100, message = "{plan.year.range}")
  private Integer year;

  private Long activityId;

  @NotBlank(message = "{plan.costType.required}")
  @Size(max = 200, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String costType;

  @NotBlank(message = "{plan.amount.required}")
  @Size(max = 40, message = "{text.max}")
  private String amount;

  @Size(max = 1000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String comment;

  private Long version;

  public CostDetails details() {
    return new CostDetails(year, Optional.ofNullable(activityId), costType, money(amount), comment);
  }

  /** The amount as typed ("12 345,50", "12345.50"): a field error when it is none, or has more than two decimals. */
  static Money money(String typed) {
    try {
      return Money.parse(typed);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("amount", e.getMessage().contains("decimals")
          ? "An amount has at most two decimals (öre)" : "'" + typed + "' is not an amount in kronor");
    }
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

  public String getCostType() {
    return costType;
  }

  public void setCostType(String costType) {
    this.costType = costType;
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
