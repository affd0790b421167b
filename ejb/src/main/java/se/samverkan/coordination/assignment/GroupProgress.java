package se.samverkan.coordination.assignment;

/** How far a group has come with an assignment, as the region sees it from submitted reports. */
public enum GroupProgress {
  NOT_STARTED,
  IN_PROGRESS,
  FINAL_SUBMITTED
}
