package se.samverkan.plan.economy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import se.samverkan.plan.ActionPlan;
import se.samverkan.plan.PlanAccess;
import se.samverkan.plan.PlanActivity;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.SpaceScoped;

/**
 * The cost and financing rows of a plan, kept by whoever keeps the plan ({@link PlanAccess}).
 * Each change locks the plan, so a row cannot slip in beside an adoption that just checked the
 * balance; an adopted plan's economy does not change.
 */
@Stateless
@SpaceScoped
public class EconomyService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject PlanAccess access;

  public CostRow addCost(long planId, @NotNull CostDetails details) {
    ActionPlan plan = draft(planId);
    check(plan, details.year(), details.activityId());
    CostRow row = new CostRow(planId, details);
    em.persist(row);
    em.flush();
    return row;
  }

  public CostRow changeCost(long planId, long rowId, @NotNull CostDetails details, long expectedVersion) {
    ActionPlan plan = draft(planId);
    CostRow row = cost(planId, rowId, expectedVersion);
    check(plan, details.year(), details.activityId());
    row.describe(details);
    em.flush();
    return row;
  }

  public void removeCost(long planId, long rowId, long expectedVersion) {
    draft(planId);
    em.remove(cost(planId, rowId, expectedVersion));
    em.flush();
  }

  public FinancingRow addFinancing(long planId, @NotNull FinancingDetails details) {
    ActionPlan plan = draft(planId);
    check(plan, details.year(), details.activityId());
    FinancingRow row = new FinancingRow(planId, details);
    em.persist(row);
    em.flush();
    return row;
  }

  public FinancingRow changeFinancing(long planId, long rowId, @NotNull FinancingDetails details,
      long expectedVersion) {
    ActionPlan plan = draft(planId);
    FinancingRow row = financing(planId, rowId, expectedVersion);
    check(plan, details.year(), details.activityId());
    row.describe(details);
    em.flush();
    return row;
  }

  public void removeFinancing(long planId, long rowId, long expectedVersion) {
    draft(planId);
    em.remove(financing(planId, rowId, expectedVersion));
    em.flush();
  }

  private ActionPlan draft(long planId) {
    ActionPlan plan = access.editable(planId);
    plan.requireDraft();
    return plan;
  }

  /** A row belongs to a year of the plan's period and, if it names one, an activity of the plan. */
  private void check(ActionPlan plan, int year, Optional<Long> activityId) {
    if (!plan.covers(year)) {
      throw new InvalidInputException("year", "The plan covers " + plan.fromYear() + "–" + plan.toYear());
    }
    if (activityId.isPresent()) {
      PlanActivity activity = em.find(PlanActivity.class, activityId.get());
      if (activity == null || activity.planId() != plan.id()) {
        throw new InvalidInputException("activityId", "The plan has no activity " + activityId.get());
      }
    }
  }

  private CostRow cost(long planId, long rowId, long expectedVersion) {
    CostRow row = em.find(CostRow.class, rowId, LockModeType.PESSIMISTIC_WRITE);
    if (row == null || row.planId() != planId) {
      throw new NotFoundException("Cost", rowId);
    }
    if (row.version() != expectedVersion) {
      throw new StaleVersionException("Cost", rowId);
    }
    return row;
  }

  private FinancingRow financing(long planId, long rowId, long expectedVersion) {
    FinancingRow row = em.find(FinancingRow.class, rowId, LockModeType.PESSIMISTIC_WRITE);
    if (row == null || row.planId() != planId) {
      throw new NotFoundException("Financing", rowId);
    }
    if (row.version() != expectedVersion) {
      throw new StaleVersionException("Financing", rowId);
    }
    return row;
  }
}
