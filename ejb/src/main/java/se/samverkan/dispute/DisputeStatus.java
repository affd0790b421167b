package se.samverkan.dispute;

public enum DisputeStatus {
  OPEN,
  /** The people of some step agreed; the outcome is recorded. */
  RESOLVED
}
