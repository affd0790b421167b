package se.samverkan.plan;

import se.samverkan.plan.economy.AllocationKey;

/**
 * A plan in a list: whose it is ({@code areaPlan}: the region's, shared with the area; otherwise
 * the space's own local plan) and whether the caller may change it.
 */
public record PlanSummary(
    long id, String owner, boolean areaPlan, boolean editable, long programmeAreaId, String programmeArea,
    String title, int fromYear, int toYear, PlanStatus status, AllocationKey allocationKey, long version) {

  static PlanSummary of(PlanAccess.Found found, String programmeArea) {
    ActionPlan plan = found.plan();
    return new PlanSummary(plan.id(), found.owner().value(), found.areaPlan(), found.editable(),
        plan.programmeAreaId(), programmeArea, plan.title(), plan.fromYear(), plan.toYear(), plan.status(),
        plan.allocationKey(), plan.version());
  }
}
