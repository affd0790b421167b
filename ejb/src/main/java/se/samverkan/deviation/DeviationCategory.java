package se.samverkan.deviation;

/** What kind of system fault a deviation points at. */
public enum DeviationCategory {
  /** A fault in the agreement itself. */
  AGREEMENT_FAULT,
  /** A coordination structure is missing or failing. */
  COORDINATION_STRUCTURE,
  INFORMATION_TRANSFER,
  RESPONSIBILITY_UNCLEAR,
  OTHER
}
