package se.samverkan.coordination;

/** What a coordination group is for. */
public enum GroupKind {
  /** Samordningsgrupp barn: children and young people. */
  SSGB,
  /** Samordningsgrupp vuxen: adults. */
  SSGV,
  /** A group the municipality adds, e.g. a working group. */
  OTHER
}
