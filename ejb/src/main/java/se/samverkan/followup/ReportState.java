package se.samverkan.followup;

/**
 * Where a group's report for a year stands. The municipality sees its drafts; the region cannot
 * (it reads snapshots only), so for the region a group without a submission is
 * {@link #NOT_SUBMITTED}, whether it has a draft or not.
 */
public enum ReportState {
  /** The municipality's view: no report yet. */
  NOT_STARTED,
  /** The municipality's view: being written (perhaps again, after a return or a reopening). */
  DRAFT,
  /** The region's view: nothing submitted. */
  NOT_SUBMITTED,
  SUBMITTED,
  RETURNED,
  APPROVED,
  REOPENED;

  public static ReportState of(SubmissionStatus status) {
    return ReportState.valueOf(status.name());
  }

  /** Done for the round: approved by RUG. */
  public boolean isDone() {
    return this == APPROVED;
  }
}
