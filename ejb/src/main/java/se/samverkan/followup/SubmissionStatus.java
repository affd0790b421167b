package se.samverkan.followup;

/** RUG's verdict on one submission. */
public enum SubmissionStatus {
  /** Sent, waiting for RUG. */
  SUBMITTED,
  /** Sent back to the group with RUG's comment: the group edits and sends again. */
  RETURNED,
  /** Approved by RUG: locked. */
  APPROVED,
  /** Approved once, opened again by RUG: the group edits and sends again. */
  REOPENED;

  /** Whether the group may edit its report again after this verdict. */
  public boolean opensTheReport() {
    return this == RETURNED || this == REOPENED;
  }
}
