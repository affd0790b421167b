package se.samverkan.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** An activity's status and comment for a reporting period. */
public class ProgressRequest {

  @NotBlank(message = "{plan.period.required}")
  @Size(max = 40, message = "{text.max}")
  private String period;

  @NotNull(message = "{plan.activity.status.invalid}")
  @Pattern(regexp = "PLANNED|ONGOING|DONE|CANCELLED", message = "{plan.activity.status.invalid}")
  private String status;

  @NotBlank(message = "{plan.progress.comment.required}")
  @Size(max = 4000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String comment;


  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
