package se.samverkan.followup.quarterly;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How a series moved: the mean of its last four quarters against the mean of the four before,
 * read in the indicator's direction (fewer readmissions is better). A change under one percent
 * of the earlier mean counts as unchanged; without a figure in both windows it is unknown.
 *
 * @param changePercent the change in percent of the earlier mean (null when unknown or the
 *     earlier mean is 0)
 */
public record Trend(Direction direction, BigDecimal recentMean, BigDecimal earlierMean, BigDecimal changePercent) {

  public static final int WINDOW = 4;
  static final BigDecimal STEADY_PERCENT = BigDecimal.ONE;

  public enum Direction {
    BETTER,
    WORSE,
    UNCHANGED,
    UNKNOWN
  }

  public static final Trend UNKNOWN = new Trend(Direction.UNKNOWN, null, null, null);

  /** The trend of a series by quarter, oldest first; null where a quarter has no figure. */
  public static Trend of(List<BigDecimal> series, Better better) {
    int size = series.size();
    BigDecimal recent = mean(series.subList(Math.max(0, size - WINDOW), size));
    BigDecimal earlier = mean(series.subList(Math.max(0, size - 2 * WINDOW), Math.max(0, size - WINDOW)));
    if (recent == null || earlier == null) {
      return UNKNOWN;
    }
    int moved = recent.compareTo(earlier);
    BigDecimal change = earlier.signum() == 0 ? null
        : recent.subtract(earlier).multiply(BigDecimal.valueOf(100)).divide(earlier.abs(), 1, RoundingMode.HALF_UP);
    if (moved == 0 || change != null && change.abs().compareTo(STEADY_PERCENT) < 0) {
      return new Trend(Direction.UNCHANGED, recent, earlier, change);
    }
    boolean lower = moved < 0;
    boolean improved = better == Better.LOWER ? lower : !lower;
    return new Trend(improved ? Direction.BETTER : Direction.WORSE, recent, earlier, change);
  }

  /** The mean of the figures present, to two decimals; null when none is. */
  public static BigDecimal mean(List<BigDecimal> values) {
    List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
    if (present.isEmpty()) {
      return null;
    }
    BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(present.size()), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
  }
}
