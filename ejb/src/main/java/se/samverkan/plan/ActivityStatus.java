package se.samverkan.plan;

public enum ActivityStatus {
  PLANNED,
  ONGOING,
  DONE,
  CANCELLED
}
