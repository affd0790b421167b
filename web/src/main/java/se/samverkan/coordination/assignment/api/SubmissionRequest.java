package se.samverkan.coordination.assignment.api;

/** Submitting a report: the version read, so a report changed meanwhile is not sent unseen. */
public class SubmissionRequest {

  private Long version;

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
