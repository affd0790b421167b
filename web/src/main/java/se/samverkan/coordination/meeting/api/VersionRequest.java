package se.samverkan.coordination.meeting.api;

import jakarta.validation.constraints.NotNull;

/** An action on an object as last read, e.g. approving minutes: only its version is needed. */
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
