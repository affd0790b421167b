package se.samverkan.followup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** RUG's step on a submission: APPROVED, RETURNED (comment required) or REOPENED. */
public class ReviewRequest {

  @NotBlank(message = "{followup.review.step.invalid}")
  @Pattern(regexp = "APPROVED|RETURNED|REOPENED", message = "{followup.review.step.invalid}")
  private String step;

  @Size(max = 4000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String comment;

  private Long version;

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
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
