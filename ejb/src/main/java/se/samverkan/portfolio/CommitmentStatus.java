package se.samverkan.portfolio;

public enum CommitmentStatus {
  NOT_STARTED,
  ONGOING,
  DONE,
  PAUSED
}
