package se.samverkan.plan.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** A numbered goal of a plan. */
public class GoalRequest {

  @NotNull(message = "{plan.number.required}")
  @Min(value = 1, message = "{plan.number.range}")
  @Max(value = 99, message = "{plan.number.range}")
  private Integer number;

  @NotBlank(message = "{plan.goal.title.required}")
  @Size(max = 500, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String title;

  @Size(max = 4000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String description;

  private Long version;

  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
