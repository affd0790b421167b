package se.samverkan.plan.economy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.shared.Money;

/**
 * Splits jointly allocated funds among the principals so that the invoice basis of each sums
 * exactly to the total: everyone gets the whole öre of their quota, and the öre left over go one
 * each to the largest remainders (largest-remainder method; ties go to the earlier principal, so
 * the split is the same every time it is made).
 */
public final class JointAllocation {

  private JointAllocation() {}

  /**
   * @param weights principal to weight, in the order the result should keep: for
   *     {@link AllocationKey#EQUAL} only the keys count; otherwise inhabitants or agreed shares,
   *     each zero or more, at least one positive
   */
  public static Map<String, Money> split(Money total, AllocationKey key, Map<String, Long> weights) {
    if (total.isNegative()) {
      throw new IllegalArgumentException("jointly allocated funds cannot be negative");
    }
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("no principals to share the funds");
    }
    List<String> principals = new ArrayList<>(weights.keySet());
    long[] w = new long[principals.size()];
    for (int i = 0; i < w.length; i++) {
      long weight = key == AllocationKey.EQUAL ? 1 : weights.get(principals.get(i));
      if (weight < 0) {
        throw new IllegalArgumentException("a weight cannot be negative: " + principals.get(i));
      }
      w[i] = weight;
    }
    BigInteger sum = BigInteger.ZERO;
    for (long weight : w) {
      sum = sum.add(BigInteger.valueOf(weight));
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("the weights sum to zero");
    }
    BigInteger amount = BigInteger.valueOf(total.ore());
    long[] shares = new long[w.length];
    BigInteger[] remainders = new BigInteger[w.length];
    long given = 0;
    for (int i = 0; i < w.length; i++) {
      BigInteger[] qr = amount.multiply(BigInteger.valueOf(w[i])).divideAndRemainder(sum);
      shares[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      given += shares[i];
    }
    long left = total.ore() - given;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
        .thenComparing(Comparator.naturalOrder()));
    // fewer öre are left than there are principals, since each remainder is below one öre
    for (int n = 0; n < left; n++) {
      shares[order.get(n)]++;
    }
    Map<String, Money> split = new LinkedHashMap<>();
    for (int i = 0; i < w.length; i++) {
      split.put(principals.get(i), Money.ofOre(shares[i]));
    }
    return split;
  }
}
