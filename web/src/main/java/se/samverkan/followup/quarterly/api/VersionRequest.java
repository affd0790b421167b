package se.samverkan.followup.quarterly.api;

import jakarta.validation.constraints.NotNull;

/** The version last read of what is changed (stale: 409). */
public class VersionRequest {

  @NotNull(message = "{quarterly.version.required}")
  private Long version;

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
