package se.samverkan.plan.economy;

/**
 * How jointly allocated funds are shared among the principals: equally, in proportion to their
 * inhabitants, or by fixed shares the parties agreed on.
 */
public enum AllocationKey {
  EQUAL,
  BY_POPULATION,
  FIXED_SHARES
}
