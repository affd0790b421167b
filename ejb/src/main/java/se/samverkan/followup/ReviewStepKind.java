package se.samverkan.followup;

/** RUG's steps on a submission; the submission itself is the "submitted" step. */
public enum ReviewStepKind {
  RETURNED, APPROVED, REOPENED
}
