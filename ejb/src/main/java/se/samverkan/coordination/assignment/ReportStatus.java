package se.samverkan.coordination.assignment;

/** A report is the group's own draft until the group submits it to the region. */
public enum ReportStatus {
  DRAFT,
  SUBMITTED
}
