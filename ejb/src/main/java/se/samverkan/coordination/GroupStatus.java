package se.samverkan.coordination;

/** Whether a group still meets. A closed group keeps its history. */
public enum GroupStatus {
  ACTIVE,
  CLOSED
}
