package se.samverkan.plan.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.samverkan.shared.Money;

class JointAllocationTest {

  /** Seven principals, as in Halland; invented inhabitants. */
  private static Map<String, Long> seven() {
    Map<String, Long> weights = new LinkedHashMap<>();
    weights.put("region", 0L);
    weights.put("a", 84_311L);
    weights.put("b", 66_102L);
    weights.put("c", 46_877L);
    weights.put("d", 104_219L);
    weights.put("e", 25_930L);
    weights.put("f", 10_887L);
    return weights;
  }

  @Test
  void equalSplitOfAnAwkwardTotalSumsExactlyAndDiffersByAtMostOneOre() {
    Map<String, Money> split = JointAllocation.split(Money.ofOre(100_000_01), AllocationKey.EQUAL, seven());
    assertThat(sum(split)).isEqualTo(Money.ofOre(100_000_01));
    long min = split.values().stream().mapToLong(Money::ore).min().orElseThrow();
    long max = split.values().stream().mapToLong(Money::ore).max().orElseThrow();
    assertThat(max - min).isLessThanOrEqualTo(1);
    // the region counts as a principal in an equal split, whatever its weight
    assertThat(split.get("region").ore()).isPositive();
    // the leftover öre go to the earlier principals: the split is the same every time
    assertThat(split.get("region").ore()).isEqualTo(1_428_572);
    assertThat(split.get("f").ore()).isEqualTo(1_428_571);
  }

  @Test
  void byPopulationFollowsTheWeightsAndLeavesOutAZeroWeight() {
    Map<String, Money> split = JointAllocation.split(Money.ofKronor(1_000_000), AllocationKey.BY_POPULATION, seven());
    assertThat(sum(split)).isEqualTo(Money.ofKronor(1_000_000));
    assertThat(split.get("region")).isEqualTo(Money.ZERO);
    assertThat(split.get("d").compareTo(split.get("a"))).isPositive();
    // 104 219 of 338 326 inhabitants: 308 043,13... kr
    assertThat(split.get("d").ore()).isBetween(30_804_313L, 30_804_314L);
  }

  @Test
  void largestRemaindersGetTheLeftoverOre() {
    Map<String, Long> thirds = new LinkedHashMap<>();
    thirds.put("x", 1L);
    thirds.put("y", 1L);
    thirds.put("z", 1L);
    assertThat(JointAllocation.split(Money.ofOre(2), AllocationKey.FIXED_SHARES, thirds).values())
        .containsExactly(Money.ofOre(1), Money.ofOre(1), Money.ZERO);
    Map<String, Long> shares = new LinkedHashMap<>();
    shares.put("small", 1L);
    shares.put("large", 2L);
    // 10 öre by 1:2 is 3,33 and 6,67: the larger remainder (the second) gets the odd öre
    assertThat(JointAllocation.split(Money.ofOre(10), AllocationKey.FIXED_SHARES, shares).values())
        .containsExactly(Money.ofOre(3), Money.ofOre(7));
  }

  @Test
  void everySplitSumsExactlyToItsTotal() {
    Random random = new Random(20261123);
    for (int run = 0; run < 5_000; run++) {
      int principals = 1 + random.nextInt(9);
      Map<String, Long> weights = new LinkedHashMap<>();
      for (int p = 0; p < principals; p++) {
        weights.put("p" + p, (long) random.nextInt(run % 3 == 0 ? 3 : 400_000));
      }
      weights.put("last", 1L + random.nextInt(1000));
      long ore = run % 5 == 0 ? random.nextInt(20) : (long) (random.nextDouble() * 1e12);
      for (AllocationKey key : AllocationKey.values()) {
        Map<String, Money> split = JointAllocation.split(Money.ofOre(ore), key, weights);
        assertThat(sum(split).ore()).as("run %d %s", run, key).isEqualTo(ore);
        assertThat(split.keySet()).containsExactlyElementsOf(weights.keySet());
        assertThat(split.values()).allSatisfy(m -> assertThat(m.isNegative()).isFalse());
        long total = weights.values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Money> share : split.entrySet()) {
          // no one is ever more than one öre from their exact quota
          double exact = key == AllocationKey.EQUAL
              ? (double) ore / weights.size()
              : (double) ore * weights.get(share.getKey()) / total;
          assertThat(Math.abs(share.getValue().ore() - exact)).as("run %d %s %s", run, key, share.getKey())
              .isLessThan(1.0 + 1e-6 * Math.max(1, exact / 1e6));
        }
      }
    }
  }

  @Test
  void refusesWhatCannotBeSplit() {
    assertThatThrownBy(() -> JointAllocation.split(Money.ofOre(-1), AllocationKey.EQUAL, seven()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JointAllocation.split(Money.ofOre(1), AllocationKey.EQUAL, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JointAllocation.split(Money.ofOre(1), AllocationKey.FIXED_SHARES, Map.of("a", 0L)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Money sum(Map<String, Money> split) {
    return split.values().stream().reduce(Money.ZERO, Money::plus);
  }
}
