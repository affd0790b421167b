package se.samverkan.plan;

/** A plan is worked on as a draft and adopted once its economy balances. */
public enum PlanStatus {
  DRAFT,
  ADOPTED
}
