package se.samverkan.agreement;

import java.time.LocalDate;

/**
 * The agreement's own rule: it must be extended or revised no later than six months before it
 * expires. The reminder is due from that day until the version ends.
 */
public final class ExpiryRule {

  public static final int MONTHS_BEFORE = 6;

  private ExpiryRule() {}

  /** The first day RUG is to be reminded of a version valid to {@code validTo}. */
  public static LocalDate reminderDay(LocalDate validTo) {
    return validTo.minusMonths(MONTHS_BEFORE);
  }

  public static boolean isDue(LocalDate validTo, LocalDate today) {
    return !today.isBefore(reminderDay(validTo)) && !today.isAfter(validTo);
  }
}
