package se.samverkan.deviation;

/** Brought to the group, analysed by it at a meeting, closed. */
public enum DeviationStatus {
  BROUGHT,
  ANALYSED,
  CLOSED
}
