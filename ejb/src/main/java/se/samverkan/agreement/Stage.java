package se.samverkan.agreement;

/** The stages a version is put into by people; the database keeps these. */
public enum Stage {
  DRAFT,
  CONSULTATION,
  DECISION
}
