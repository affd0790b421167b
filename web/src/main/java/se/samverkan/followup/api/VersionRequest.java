package se.samverkan.followup.api;

/** The version last read, for a step on it (submit). */
public class VersionRequest {

  private Long version;

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
