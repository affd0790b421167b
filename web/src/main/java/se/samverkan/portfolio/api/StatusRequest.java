package se.samverkan.portfolio.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** A project's status (GREEN, YELLOW, RED) for a reporting period. */
public class StatusRequest {

  @NotBlank(message = "{portfolio.period.required}")
  @Pattern(regexp = "\\d{4}( .{1,30})?", message = "{portfolio.period.required}")
  private String period;

  @NotNull(message = "{portfolio.status.invalid}")
  @Pattern(regexp = "GREEN|YELLOW|RED", message = "{portfolio.status.invalid}")
  private String status;

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
