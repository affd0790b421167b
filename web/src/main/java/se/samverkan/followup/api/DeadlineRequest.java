package se.samverkan.followup.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** RUG's deadline for a year; version 0 (or none) for a new round, else the one last read. */
public class DeadlineRequest {

  @NotNull(message = "{followup.deadline.required}")
  private LocalDate deadline;

  private Long version;

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
