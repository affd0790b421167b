package se.samverkan.plan.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Money;

class EconomyTest {

  private static final Map<String, Long> PRINCIPALS = new LinkedHashMap<>(Map.of("region", 1L, "a", 1L, "b", 1L));

  private static CostRow cost(int year, String amount) {
    return new CostRow(1, new CostDetails(year, Optional.empty(), "Utbildning", Money.parse(amount), null));
  }

  private static FinancingRow financing(int year, FinancingSource source, String amount) {
    return new FinancingRow(1, new FinancingDetails(year, Optional.empty(), source,
        source == FinancingSource.STATE_GRANT ? Optional.of(year) : Optional.empty(), Money.parse(amount), null));
  }

  @Test
  void everyYearOfThePeriodIsBalancedOnItsOwn() {
    List<YearBalance> balances = Economy.balance(2027, 2028,
        List.of(cost(2027, "100 000"), cost(2028, "50 000,50")),
        List.of(financing(2027, FinancingSource.STATE_GRANT, "60 000"),
            financing(2027, FinancingSource.JOINTLY_ALLOCATED, "40 000"),
            financing(2028, FinancingSource.LOCAL_FUNDS, "50 000")),
        AllocationKey.EQUAL, PRINCIPALS);
    assertThat(balances).extracting(YearBalance::year).containsExactly(2027, 2028);
    assertThat(balances.get(0).balanced()).isTrue();
    assertThat(balances.get(1).balanced()).isFalse();
    assertThat(balances.get(1).difference()).isEqualTo(Money.parse("-0,50"));
    // the jointly allocated 40 000 kr split in three sums exactly
    assertThat(balances.get(0).invoiceBasis().values().stream().reduce(Money.ZERO, Money::plus))
        .isEqualTo(Money.ofKronor(40_000));
    assertThat(balances.get(0).invoiceBasis()).containsOnlyKeys("region", "a", "b");
    assertThat(balances.get(1).invoiceBasis()).isEmpty();
  }

  @Test
  void aRowOutsideThePeriodStillCountsAndAnEmptyYearBalances() {
    List<YearBalance> balances = Economy.balance(2027, 2027, List.of(cost(2029, "1")), List.of(),
        AllocationKey.EQUAL, PRINCIPALS);
    assertThat(balances).extracting(YearBalance::year).containsExactly(2027, 2029);
    assertThat(balances.get(0).balanced()).isTrue();
    assertThat(balances.get(1).balanced()).isFalse();
  }

  @Test
  void aKeyWithoutWeightsLeavesTheInvoiceBasisEmptyInsteadOfGuessing() {
    List<YearBalance> balances = Economy.balance(2027, 2027, List.of(cost(2027, "10")),
        List.of(financing(2027, FinancingSource.JOINTLY_ALLOCATED, "10")), AllocationKey.BY_POPULATION, Map.of());
    assertThat(balances.get(0).balanced()).isTrue();
    assertThat(balances.get(0).invoiceBasis()).isEmpty();
  }

  @Test
  void rowsRefuseWhatTheEconomyCannotHold() {
    assertThatThrownBy(() -> new CostDetails(2027, Optional.empty(), "X", Money.parse("-1"), null))
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("amount");
    assertThatThrownBy(() -> new FinancingDetails(2027, Optional.empty(), FinancingSource.STATE_GRANT,
        Optional.empty(), Money.ofKronor(1), null)).extracting("field").isEqualTo("grantYear");
    assertThatThrownBy(() -> new FinancingDetails(2027, Optional.empty(), FinancingSource.NO_COST,
        Optional.empty(), Money.ofKronor(1), null)).extracting("field").isEqualTo("amount");
  }
}
