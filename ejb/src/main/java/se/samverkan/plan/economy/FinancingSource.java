package se.samverkan.plan.economy;

/** Where the money for a plan's year comes from. */
public enum FinancingSource {
  /** A targeted state grant of a given year. */
  STATE_GRANT,
  LOCAL_FUNDS,
  /** Shared by the principals and invoiced to each at year end, by the plan's allocation key. */
  JOINTLY_ALLOCATED,
  /** Work done within existing budgets: a row that says so, with amount zero. */
  NO_COST,
  OTHER
}
