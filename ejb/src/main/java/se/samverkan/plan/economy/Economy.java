package se.samverkan.plan.economy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.samverkan.shared.Money;

/**
 * The balance of a plan's years, worked out from its rows: every year of the plan's period and
 * any other year a row names. Pure, so the rule that adoption needs is tested without a server.
 */
public final class Economy {

  private Economy() {}

  /**
   * @param principals party id to weight, in the order invoices are listed (see
   *     {@link JointAllocation#split})
   */
  public static List<YearBalance> balance(
      int fromYear, int toYear, List<CostRow> costs, List<FinancingRow> financing,
      AllocationKey key, Map<String, Long> principals) {
    TreeSet<Integer> years = new TreeSet<>();
    for (int year = fromYear; year <= toYear; year++) {
      years.add(year);
    }
    costs.forEach(c -> years.add(c.year()));
    financing.forEach(f -> years.add(f.year()));
    boolean splittable = !principals.isEmpty()
        && (key == AllocationKey.EQUAL || principals.values().stream().anyMatch(w -> w > 0));
    List<YearBalance> balances = new ArrayList<>();
    for (int year : years) {
      Money cost = costs.stream().filter(c -> c.year() == year).map(CostRow::amount).reduce(Money.ZERO, Money::plus);
      Money financed = financing.stream().filter(f -> f.year() == year).map(FinancingRow::amount)
          .reduce(Money.ZERO, Money::plus);
      Money joint = financing.stream()
          .filter(f -> f.year() == year && f.source() == FinancingSource.JOINTLY_ALLOCATED)
          .map(FinancingRow::amount).reduce(Money.ZERO, Money::plus);
      Map<String, Money> invoices = splittable && !joint.isZero()
          ? JointAllocation.split(joint, key, principals)
          : new LinkedHashMap<>();
      balances.add(new YearBalance(year, cost, financed, joint, invoices));
    }
    return balances;
  }
}
