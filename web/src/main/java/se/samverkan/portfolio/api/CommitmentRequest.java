package se.samverkan.portfolio.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** A commitment (åtagande) of a project. */
public class CommitmentRequest {

  @NotBlank(message = "{portfolio.commitment.title.required}")
  @Size(max = 500, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String title;

  @NotNull(message = "{portfolio.commitment.status.invalid}")
  @Pattern(regexp = "NOT_STARTED|ONGOING|DONE|PAUSED", message = "{portfolio.commitment.status.invalid}")
  private String status;

  @Size(max = 4000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String comment;

  @Size(max = 4000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String activities;

  private Long version;


  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
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

  public String getActivities() {
    return activities;
  }

  public void setActivities(String activities) {
    this.activities = activities;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
