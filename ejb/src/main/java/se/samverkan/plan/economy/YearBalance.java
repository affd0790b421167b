package se.samverkan.plan.economy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import se.samverkan.shared.Money;

/**
 * A year of a plan's economy: what it costs, how it is financed, the difference (financing minus
 * costs: zero when balanced), and the jointly allocated funds split per principal (party id to
 * invoice basis; empty when the key has no weights yet).
 */
public record YearBalance(int year, Money costs, Money financing, Money jointlyAllocated, Map<String, Money> invoiceBasis) {

  public YearBalance {
    invoiceBasis = Collections.unmodifiableMap(new LinkedHashMap<>(invoiceBasis));
  }

  public Money difference() {
    return financing.minus(costs);
  }

  public boolean balanced() {
    return difference().isZero();
  }
}
