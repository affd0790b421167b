package se.samverkan.deviation;

/** What the group concluded from its analysis of a deviation. */
public enum Conclusion {
  /** The group's own parties improve their work locally. */
  LOCAL_IMPROVEMENT,
  /** A regional system fault: for RUG, once the group's leaders raise it. */
  RAISE_TO_RUG
}
