package se.samverkan.followup.quarterly;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkan.shared.InvalidInputException;

/**
 * A calendar quarter ("2025-Q3"), the period the indicators are followed up by. Written as text
 * in that form everywhere (database, API, CSV), which also sorts in time order.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;
  private static final Pattern FORM = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

  public Quarter {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInputException("quarter", "the year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
    }
    if (number < 1 || number > 4) {
      throw new InvalidInputException("quarter", "the quarter must be 1, 2, 3 or 4");
    }
  }

  /** "2025-Q3" (also "2025Q3" and a lower-case q); anything else is refused with the field named. */
  public static Quarter parse(String text) {
    return parse(text, "quarter");
  }

  public static Quarter parse(String text, String field) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new InvalidInputException(field, "write the quarter as YYYY-Qn, e.g. 2025-Q3");
    }
    try {
      return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(field, e.getMessage());
    }
  }

  /** The quarter a day falls in. */
  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  public Quarter plus(int quarters) {
    int index = year * 4 + (number - 1) + quarters;
    return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
  }

  public Quarter next() {
    return plus(1);
  }

  /** Quarters from this one to {@code other} (negative when other is earlier). */
  public int until(Quarter other) {
    return (other.year * 4 + other.number) - (year * 4 + number);
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
  }

  public boolean isAfter(Quarter other) {
    return compareTo(other) > 0;
  }

  public boolean isBefore(Quarter other) {
    return compareTo(other) < 0;
  }

  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}
