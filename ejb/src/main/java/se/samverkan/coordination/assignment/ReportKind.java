package se.samverkan.coordination.assignment;

/** What a group reports on an assignment: progress along the way, or the final report. */
public enum ReportKind {
  PROGRESS,
  FINAL
}
