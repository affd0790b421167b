package se.samverkan.shared;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A calendar year that the groups analyse and follow up (an analysis of 2026, the annual
 * follow-up of 2026). Bounded, so a mistyped year is refused instead of stored.
 */
public record FollowUpYear(int value) implements Comparable<FollowUpYear> {

  public static final int FIRST = 2000;
  public static final int LAST = 2100;

  public FollowUpYear {
    if (value < FIRST || value > LAST) {
      throw new InvalidInputException("year", "the year must be between " + FIRST + " and " + LAST);
    }
  }

  /** A year as text from outside (an address); refused with the field named when it is none. */
  public static FollowUpYear parse(String text) {
    try {
      return new FollowUpYear(Integer.parseInt(text == null ? "" : text.strip()));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("year", "the year must be a number between " + FIRST + " and " + LAST);
    }
  }

  /** The year it is now, by the application's clock. */
  public static FollowUpYear current(Clock clock) {
    return new FollowUpYear(LocalDate.now(clock).getYear());
  }

  public FollowUpYear next() {
    return new FollowUpYear(value + 1);
  }

  @Override
  public int compareTo(FollowUpYear other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
