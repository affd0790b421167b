package se.samverkan.followup.quarterly;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samverkan.tenants.TenantKind;

/**
 * The rules a reported figure meets, whether typed in or uploaded: one place, so the form, the
 * API and the CSV file refuse the same things.
 */
public final class FigureRules {

  /** numeric(14, 3): eleven digits before the point, three after. */
  static final BigDecimal LIMIT = new BigDecimal("100000000000");
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

  private FigureRules() {}

  /**
   * A figure as people write it: decimal comma or point, spaces between thousands. Empty when it
   * is no number (the caller says so with the text).
   */
  public static Optional<BigDecimal> parse(String text) {
    String compact = text == null ? "" : text.replaceAll("[\\s\\u00a0\\u202f]", "");
    if (!NUMBER.matcher(compact).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(compact.replace(',', '.')));
  }

  /** What is wrong with the figure for the indicator, if anything. */
  public static Optional<RowProblem.Kind> checkValue(Definition definition, BigDecimal value) {
    if (value.stripTrailingZeros().scale() > 3) {
      return Optional.of(RowProblem.Kind.TOO_MANY_DECIMALS);
    }
    if (value.abs().compareTo(LIMIT) >= 0) {
      return Optional.of(RowProblem.Kind.TOO_LARGE_NUMBER);
    }
    if (value.signum() < 0 && !definition.unit().allowsNegative()) {
      return Optional.of(RowProblem.Kind.NEGATIVE);
    }
    BigDecimal maximum = definition.unit().maximum();
    if (maximum != null && value.compareTo(maximum) > 0) {
      return Optional.of(RowProblem.Kind.ABOVE_MAXIMUM);
    }
    return Optional.empty();
  }

  /** Whether the party may report the indicator for the quarter (now being {@code current}). */
  public static Optional<RowProblem.Kind> checkQuarter(Definition definition, TenantKind party, Quarter quarter,
      Quarter current) {
    if (definition.retired()) {
      return Optional.of(RowProblem.Kind.RETIRED);
    }
    if (!definition.reportedBy().includes(party)) {
      return Optional.of(RowProblem.Kind.NOT_REPORTED_BY_YOU);
    }
    if (!definition.covers(quarter)) {
      return Optional.of(RowProblem.Kind.OUTSIDE_PERIOD);
    }
    if (quarter.isAfter(current)) {
      return Optional.of(RowProblem.Kind.FUTURE_QUARTER);
    }
    return Optional.empty();
  }
}
