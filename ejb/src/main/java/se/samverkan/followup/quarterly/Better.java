package se.samverkan.followup.quarterly;

/** Which way an indicator's figure is better: fewer readmissions is better, so LOWER. */
public enum Better {
  LOWER,
  HIGHER
}
