package se.samverkan.coordination.meeting;

/** Whether a member took part in a meeting. */
public enum Attendance {
  PRESENT,
  ABSENT,
  /** Absent with notice. */
  EXCUSED
}
