package se.samverkan.plan;

import java.util.List;
import java.util.Map;
import se.samverkan.plan.economy.CostRow;
import se.samverkan.plan.economy.FinancingRow;
import se.samverkan.plan.economy.YearBalance;

/**
 * A whole plan as read in one transaction: goals with their activities in number order, joint
 * initiatives, progress per activity, the economy's rows and each year's balance with the
 * invoice basis per principal.
 *
 * @param principals party id to name, in the order invoices are listed
 * @param weights party id to weight in the allocation key
 */
public record PlanSheet(
    PlanSummary plan,
    String summary,
    List<PlanGoal> goals,
    List<PlanActivity> activities,
    List<PlanInitiative> initiatives,
    Map<Long, List<ActivityProgress>> progress,
    List<CostRow> costs,
    List<FinancingRow> financing,
    List<YearBalance> balances,
    Map<String, String> principals,
    Map<String, Long> weights) {

  public List<PlanActivity> activitiesOf(long goalId) {
    return activities.stream().filter(a -> a.goalId() == goalId).toList();
  }

  /** The activity's number as people say it: goal.activity, e.g. 2.3. */
  public String numberOf(PlanActivity activity) {
    return goals.stream().filter(g -> g.id() == activity.goalId()).findFirst()
        .map(g -> g.number() + "." + activity.number()).orElse(String.valueOf(activity.number()));
  }

  public String initiativeCodeOf(PlanActivity activity) {
    return activity.initiativeId()
        .flatMap(id -> initiatives.stream().filter(i -> i.id() == id).findFirst())
        .map(PlanInitiative::code).orElse(null);
  }

  public boolean balanced() {
    return balances.stream().allMatch(YearBalance::balanced);
  }
}
