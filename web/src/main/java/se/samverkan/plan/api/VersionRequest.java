package se.samverkan.plan.api;

import jakarta.validation.constraints.NotNull;

/** A step that changes only the state of a plan (adopt, reopen): the version last read. */
public class VersionRequest {

  @NotNull(message = "{version.required}")
  private Long version;

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
