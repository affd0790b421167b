package se.samverkan.followup.quarterly;

import java.math.BigDecimal;

/** What an indicator's figure counts; it decides which figures make sense. */
public enum Unit {
  COUNT(false, null),
  PERCENT(false, new BigDecimal(100)),
  PER_1000_INHABITANTS(false, null),
  DAYS(false, null),
  /** A change in percent against a baseline: the only unit that may be negative. */
  CHANGE_PERCENT(true, null);

  private final boolean negativeAllowed;
  private final BigDecimal maximum;

  Unit(boolean negativeAllowed, BigDecimal maximum) {
    this.negativeAllowed = negativeAllowed;
    this.maximum = maximum;
  }

  public boolean allowsNegative() {
    return negativeAllowed;
  }

  /** The largest figure that makes sense, if any (a share is at most 100 %). */
  public BigDecimal maximum() {
    return maximum;
  }
}
