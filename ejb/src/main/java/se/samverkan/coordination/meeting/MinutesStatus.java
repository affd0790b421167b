package se.samverkan.coordination.meeting;

/** Minutes are drafted by the group's leaders, then approved, which publishes them to the group. */
public enum MinutesStatus {
  DRAFT,
  APPROVED
}
