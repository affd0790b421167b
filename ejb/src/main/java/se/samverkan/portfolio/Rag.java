package se.samverkan.portfolio;

/** A project's status in a reporting period: on track, at risk, off track. */
public enum Rag {
  GREEN,
  YELLOW,
  RED
}
