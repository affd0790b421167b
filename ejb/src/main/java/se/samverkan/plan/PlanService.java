package se.samverkan.plan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.plan.economy.AllocationKey;
import se.samverkan.plan.economy.CostRow;
import se.samverkan.plan.economy.Economy;
import se.samverkan.plan.economy.FinancingRow;
import se.samverkan.plan.economy.YearBalance;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenancy.Tenant;
import se.samverkan.tenants.TenantKind;

/**
 * Action plans in the space they are read or written in: the region's secretariat keeps the
 * area's plans, every party of the area reads them, and a municipality keeps its own local plans
 * (see {@link PlanAccess}). Goals, activities and the economy change only while a plan is a
 * draft; adoption needs every year's costs and financing to balance.
 */
@Stateless
@SpaceScoped
public class PlanService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject PlanAccess access;
  @Inject Clock clock;

  // --- programme areas ------------------------------------------------------------------------

  /** The area's programme areas (the region's), in their order. */
  public List<ProgrammeArea> programmeAreas() {
    if (currentSpace.get().kind() != TenantKind.REGION) {
      access.readAsRegion();
    }
    return em.createQuery("select p from ProgrammeArea p order by p.position, p.name", ProgrammeArea.class)
        .getResultList();
  }

  /** The region's secretariat adds a programme area to the area. */
  public ProgrammeArea addProgrammeArea(@NotNull String name) {
    Space space = currentSpace.get();
    if (space.kind() != TenantKind.REGION) {
      throw new se.samverkan.shared.AccessDeniedException("Programme areas are kept by the region's secretariat");
    }
    access.requireWriter(space);
    String trimmed = name.strip();
    boolean taken = !em.createQuery("select p from ProgrammeArea p where p.name = :n", ProgrammeArea.class)
        .setParameter("n", trimmed).getResultList().isEmpty();
    if (taken) {
      throw new InvalidInputException("name", "The area already has a programme area with this name");
    }
    int next = em.createQuery("select coalesce(max(p.position), 0) from ProgrammeArea p", Integer.class)
        .getSingleResult() + 1;
    ProgrammeArea area = new ProgrammeArea(trimmed, next);
    em.persist(area);
    em.flush();
    return area;
  }

  // --- plans ----------------------------------------------------------------------------------

  /**
   * The plans the space shows: its own (the region's are the area's; a municipality's its local
   * ones, for its own staff) and, in a municipality, the area's plans. Area plans first.
   */
  public Page<PlanSummary> plans(@NotNull PageRequest request) {
    Space space = currentSpace.get();
    List<PlanSummary> all = new ArrayList<>();
    boolean region = space.kind() == TenantKind.REGION;
    List<ActionPlan> own = access.readsOwnPlans(space) ? ownPlans() : List.of();
    List<PlanSummary> local = new ArrayList<>();
    if (region) {
      Map<Long, String> areas = names(programmeAreas());
      own.forEach(p -> all.add(PlanSummary.of(
          new PlanAccess.Found(p, space.tenant(), true, access.canWrite(space)), areas.get(p.programmeAreaId()))));
    } else {
      List<PlanAccess.Found> mine = own.stream()
          .map(p -> new PlanAccess.Found(p, space.tenant(), false, access.canWrite(space))).toList();
      var regionId = access.readAsRegion();
      Map<Long, String> areas = names(em.createQuery("select p from ProgrammeArea p", ProgrammeArea.class).getResultList());
      ownPlans().forEach(p -> all.add(PlanSummary.of(new PlanAccess.Found(p, regionId, true, false),
          areas.get(p.programmeAreaId()))));
      mine.forEach(f -> local.add(PlanSummary.of(f, areas.get(f.plan().programmeAreaId()))));
    }
    all.addAll(local);
    int from = Math.min(request.offset(), all.size());
    int to = Math.min(from + request.size(), all.size());
    return Page.of(all.subList(from, to), request, all.size());
  }

  /** Whether the caller may start a plan in this space. */
  public boolean canCreate() {
    return access.canWrite(currentSpace.get());
  }

  public PlanSummary create(@NotNull PlanDetails details) {
    Space space = currentSpace.get();
    access.requireWriter(space);
    String area = programmeAreaName(details.programmeAreaId());
    ActionPlan plan = new ActionPlan(details);
    em.persist(plan);
    em.flush();
    return PlanSummary.of(new PlanAccess.Found(plan, space.tenant(), space.kind() == TenantKind.REGION, true), area);
  }

  public PlanSummary change(long id, @NotNull PlanDetails details, long expectedVersion) {
    ActionPlan plan = current(id, expectedVersion);
    String area = programmeAreaName(details.programmeAreaId());
    plan.describe(details);
    em.flush();
    return summary(plan, area);
  }

  /** The whole plan, as the caller may read it. */
  public PlanSheet plan(long id) {
    PlanAccess.Found found = access.readable(id);
    ActionPlan plan = found.plan();
    List<PlanGoal> goals = em.createQuery(
            "select g from PlanGoal g where g.planId = :p order by g.number", PlanGoal.class)
        .setParameter("p", id).getResultList();
    Map<Long, Integer> goalNumbers = new HashMap<>();
    goals.forEach(g -> goalNumbers.put(g.id(), g.number()));
    List<PlanActivity> activities = new ArrayList<>(em.createQuery(
            "select a from PlanActivity a where a.planId = :p", PlanActivity.class)
        .setParameter("p", id).getResultList());
    activities.sort(java.util.Comparator.<PlanActivity>comparingInt(a -> goalNumbers.getOrDefault(a.goalId(), 0))
        .thenComparingInt(PlanActivity::number));
    List<PlanInitiative> initiatives = em.createQuery(
            "select i from PlanInitiative i where i.planId = :p order by i.code", PlanInitiative.class)
        .setParameter("p", id).getResultList();
    Map<Long, List<ActivityProgress>> progress = new LinkedHashMap<>();
    em.createQuery("select r from ActivityProgress r where r.activityId in"
                + " (select a.id from PlanActivity a where a.planId = :p) order by r.period", ActivityProgress.class)
        .setParameter("p", id).getResultList()
        .forEach(r -> progress.computeIfAbsent(r.activityId(), k -> new ArrayList<>()).add(r));
    List<CostRow> costs = costs(id);
    List<FinancingRow> financing = financing(id);
    Map<String, Long> weights = weights(id);
    Map<String, String> principals = new LinkedHashMap<>();
    access.principals().forEach(t -> principals.put(t.id().value(), t.name()));
    String area = Optional.ofNullable(em.find(ProgrammeArea.class, plan.programmeAreaId()))
        .map(ProgrammeArea::name).orElse(programmeAreaName(plan.programmeAreaId()));
    return new PlanSheet(PlanSummary.of(found, area), plan.summary(), goals, activities, initiatives, progress,
        costs, financing, balances(plan, costs, financing, weights), principals, weights);
  }

  /** Adopts the plan; refused (409) while any year's costs and financing differ. */
  public PlanSummary adopt(long id, long expectedVersion) {
    ActionPlan plan = current(id, expectedVersion);
    List<YearBalance> unbalanced = balances(plan, costs(id), financing(id), weights(id)).stream()
        .filter(b -> !b.balanced()).toList();
    if (!unbalanced.isEmpty()) {
      YearBalance first = unbalanced.get(0);
      throw new ConflictException("Costs and financing differ in " + first.year() + " (costs " + first.costs()
          + ", financing " + first.financing() + "); the plan can be adopted when every year balances");
    }
    plan.adopt();
    em.flush();
    return summary(plan, programmeAreaName(plan.programmeAreaId()));
  }

  public PlanSummary reopen(long id, long expectedVersion) {
    ActionPlan plan = current(id, expectedVersion);
    plan.reopen();
    em.flush();
    return summary(plan, programmeAreaName(plan.programmeAreaId()));
  }

  /**
   * The key the plan's jointly allocated funds are split by, with the principals' weights
   * (inhabitants or agreed shares; ignored for an equal split). Weights name parties of the area.
   */
  public PlanSummary chooseAllocation(long id, @NotNull AllocationKey key, @NotNull Map<String, Long> weights,
      long expectedVersion) {
    ActionPlan plan = current(id, expectedVersion);
    plan.requireDraft();
    List<String> parties = access.principals().stream().map(t -> t.id().value()).toList();
    for (Map.Entry<String, Long> weight : weights.entrySet()) {
      if (!parties.contains(weight.getKey())) {
        throw new InvalidInputException("weights", weight.getKey() + " is not a party of the area");
      }
      if (weight.getValue() == null || weight.getValue() < 0) {
        throw new InvalidInputException("weights", "A weight is a whole number, 0 or more");
      }
    }
    if (key != AllocationKey.EQUAL && weights.values().stream().noneMatch(w -> w > 0)) {
      throw new InvalidInputException("weights", "Give the principals' inhabitants or shares");
    }
    plan.chooseAllocationKey(key);
    em.createQuery("delete from PlanShare s where s.planId = :p").setParameter("p", id).executeUpdate();
    weights.forEach((party, weight) -> em.persist(new PlanShare(id, party, weight)));
    em.flush();
    return summary(plan, programmeAreaName(plan.programmeAreaId()));
  }

  // --- goals, initiatives, activities ---------------------------------------------------------

  public PlanGoal addGoal(long planId, int number, @NotNull String title, String description) {
    ActionPlan plan = access.editable(planId);
    plan.requireDraft();
    requireFreeGoalNumber(planId, number, null);
    PlanGoal goal = new PlanGoal(planId, number, title.strip(), blankIsNull(description));
    em.persist(goal);
    em.flush();
    return goal;
  }

  public PlanGoal changeGoal(long planId, long goalId, int number, @NotNull String title, String description,
      long expectedVersion) {
    ActionPlan plan = access.editable(planId);
    plan.requireDraft();
    PlanGoal goal = goal(planId, goalId, true);
    if (goal.version() != expectedVersion) {
      throw new StaleVersionException("Goal", goalId);
    }
    requireFreeGoalNumber(planId, number, goalId);
    goal.describe(number, title.strip(), blankIsNull(description));
    em.flush();
    return goal;
  }

  public PlanInitiative addInitiative(long planId, @NotNull String code, @NotNull String title) {
    ActionPlan plan = access.editable(planId);
    plan.requireDraft();
    if (!code.matches("[A-Z](\\.[a-z])?")) {
      throw new InvalidInputException("code", "An initiative is named A, B, ... or A.a, A.b, ...");
    }
    if (initiativeByCode(planId, code).isPresent()) {
      throw new InvalidInputException("code", "The plan already has initiative " + code);
    }
    PlanInitiative initiative = new PlanInitiative(planId, code, title.strip());
    em.persist(initiative);
    em.flush();
    return initiative;
  }

  public PlanActivity addActivity(long planId, @NotNull ActivityDetails details) {
    ActionPlan plan = access.editable(planId);
    plan.requireDraft();
    Long initiative = checkActivity(planId, details, null);
    PlanActivity activity = new PlanActivity(planId, details, initiative);
    em.persist(activity);
    em.flush();
    return activity;
  }

  public PlanActivity changeActivity(long planId, long activityId, @NotNull ActivityDetails details,
      long expectedVersion) {
    ActionPlan plan = access.editable(planId);
    plan.requireDraft();
    PlanActivity activity = activity(planId, activityId, true);
    if (activity.version() != expectedVersion) {
      throw new StaleVersionException("Activity", activityId);
    }
    Long initiative = checkActivity(planId, details, activityId);
    activity.describe(details, initiative);
    em.flush();
    return activity;
  }

  /**
   * The activity's status and a comment for a reporting period (one per period; writing it again
   * rewrites it). Follow-up continues after adoption, so this is allowed on an adopted plan.
   */
  public ActivityProgress recordProgress(long planId, long activityId, @NotNull String period,
      @NotNull ActivityStatus status, @NotNull String comment) {
    access.editable(planId);
    PlanActivity activity = activity(planId, activityId, true);
    String trimmed = period.strip();
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<ActivityProgress> existing = em.createQuery(
            "select r from ActivityProgress r where r.activityId = :a and r.period = :p", ActivityProgress.class)
        .setParameter("a", activityId).setParameter("p", trimmed).getResultList();
    ActivityProgress progress;
    if (existing.isEmpty()) {
      progress = new ActivityProgress(activityId, trimmed, status, comment.strip(), now);
      em.persist(progress);
    } else {
      progress = existing.get(0);
      progress.rewrite(status, comment.strip(), now);
    }
    activity.progressTo(status);
    em.flush();
    return progress;
  }

  // --- helpers ----------------------------------------------------------------------------------

  private ActionPlan current(long id, long expectedVersion) {
    ActionPlan plan = access.editable(id);
    if (plan.version() != expectedVersion) {
      throw new StaleVersionException("Plan", id);
    }
    return plan;
  }

  private PlanSummary summary(ActionPlan plan, String area) {
    Space space = currentSpace.get();
    return PlanSummary.of(new PlanAccess.Found(plan, space.tenant(), space.kind() == TenantKind.REGION, true), area);
  }

  private List<ActionPlan> ownPlans() {
    return em.createQuery("select p from ActionPlan p order by p.fromYear desc, p.title", ActionPlan.class)
        .getResultList();
  }

  private List<YearBalance> balances(ActionPlan plan, List<CostRow> costs, List<FinancingRow> financing,
      Map<String, Long> weights) {
    Map<String, Long> principals = new LinkedHashMap<>();
    for (Tenant party : access.principals()) {
      if (plan.allocationKey() == AllocationKey.EQUAL) {
        principals.put(party.id().value(), 1L);
      } else if (weights.containsKey(party.id().value())) {
        principals.put(party.id().value(), weights.get(party.id().value()));
      }
    }
    return Economy.balance(plan.fromYear(), plan.toYear(), costs, financing, plan.allocationKey(), principals);
  }

  private List<CostRow> costs(long planId) {
    return em.createQuery("select c from CostRow c where c.planId = :p order by c.year, c.id", CostRow.class)
        .setParameter("p", planId).getResultList();
  }

  private List<FinancingRow> financing(long planId) {
    return em.createQuery("select f from FinancingRow f where f.planId = :p order by f.year, f.id", FinancingRow.class)
        .setParameter("p", planId).getResultList();
  }

  private Map<String, Long> weights(long planId) {
    Map<String, Long> weights = new LinkedHashMap<>();
    em.createQuery("select s from PlanShare s where s.planId = :p order by s.partyId", PlanShare.class)
        .setParameter("p", planId).getResultList()
        .forEach(s -> weights.put(s.partyId(), s.weight()));
    return weights;
  }

  /**
   * The name of one of the area's programme areas: they are the region's, so in a municipality's
   * session (own context) they are read with SQL that names the area's region itself.
   */
  private String programmeAreaName(long programmeAreaId) {
    List<?> names = em.createNativeQuery(
            "select name from programme_area where id = ?1 and tenant_id = area_region_of(?2)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, programmeAreaId)
        .setParameter(2, currentSpace.get().tenant().value())
        .getResultList();
    if (names.isEmpty()) {
      throw new InvalidInputException("programmeAreaId", "No programme area " + programmeAreaId + " in the area");
    }
    return (String) names.get(0);
  }

  private void requireFreeGoalNumber(long planId, int number, Long goalId) {
    boolean taken = em.createQuery("select g from PlanGoal g where g.planId = :p and g.number = :n", PlanGoal.class)
        .setParameter("p", planId).setParameter("n", number).getResultList().stream()
        .anyMatch(g -> goalId == null || g.id() != goalId);
    if (taken) {
      throw new InvalidInputException("number", "The plan already has goal " + number);
    }
  }

  /** Checks the goal, the number and the initiative of an activity; returns the initiative's id. */
  private Long checkActivity(long planId, ActivityDetails details, Long activityId) {
    goal(planId, details.goalId(), false);
    boolean taken = em.createQuery(
            "select a from PlanActivity a where a.goalId = :g and a.number = :n", PlanActivity.class)
        .setParameter("g", details.goalId()).setParameter("n", details.number()).getResultList().stream()
        .anyMatch(a -> activityId == null || a.id() != activityId);
    if (taken) {
      throw new InvalidInputException("number", "The goal already has an activity with this number");
    }
    if (details.initiativeCode().isEmpty()) {
      return null;
    }
    return initiativeByCode(planId, details.initiativeCode().get())
        .orElseThrow(() -> new InvalidInputException("initiative", "The plan has no initiative "
            + details.initiativeCode().get()))
        .id();
  }

  private Optional<PlanInitiative> initiativeByCode(long planId, String code) {
    return em.createQuery("select i from PlanInitiative i where i.planId = :p and i.code = :c", PlanInitiative.class)
        .setParameter("p", planId).setParameter("c", code).getResultList().stream().findFirst();
  }

  private PlanGoal goal(long planId, long goalId, boolean lock) {
    PlanGoal goal = lock ? em.find(PlanGoal.class, goalId, LockModeType.PESSIMISTIC_WRITE) : em.find(PlanGoal.class, goalId);
    if (goal == null || goal.planId() != planId) {
      throw new InvalidInputException("goalId", "The plan has no goal " + goalId);
    }
    return goal;
  }

  private PlanActivity activity(long planId, long activityId, boolean lock) {
    PlanActivity activity = lock
        ? em.find(PlanActivity.class, activityId, LockModeType.PESSIMISTIC_WRITE)
        : em.find(PlanActivity.class, activityId);
    if (activity == null || activity.planId() != planId) {
      throw new NotFoundException("Activity", activityId);
    }
    return activity;
  }

  private static Map<Long, String> names(List<ProgrammeArea> areas) {
    Map<Long, String> names = new HashMap<>();
    areas.forEach(a -> names.put(a.id(), a.name()));
    return names;
  }

  private static String blankIsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
