package se.samverkan.coordination.meeting;

/** An action item stays open, and on every following meeting's agenda, until it is done. */
public enum ActionItemStatus {
  OPEN,
  DONE
}
