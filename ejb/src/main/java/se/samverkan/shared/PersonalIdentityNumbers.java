package se.samverkan.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer: day plus 60) in free text, so that texts which must hold no data about
 * individuals can refuse them. The one place this is decided.
 *
 * <p>Recognised: {@code YYYYMMDD-XXXX}, {@code YYMMDD-XXXX}, with {@code +}, a space or no
 * separator. A candidate counts only if its date exists and its check digit is right (Luhn over
 * the ten last digits): that keeps dates, case numbers and most telephone numbers out, while a
 * real number is always caught. A number inside a longer run of digits is not one.
 */
public final class PersonalIdentityNumbers {

  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![0-9])(?:(18|19|20)?([0-9]{2}))([0-9]{2})([0-9]{2})[-+ ]?([0-9]{3})([0-9])(?![0-9])");

  private PersonalIdentityNumbers() {}

  /** True when the text holds something that is a personal identity or coordination number. */
  public static boolean containsAny(String text) {
    return find(text).isPresent();
  }

  /** The first such number in the text, as written there. */
  public static Optional<String> find(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    Matcher candidate = CANDIDATE.matcher(text);
    while (candidate.find()) {
      if (isValid(candidate)) {
        return Optional.of(candidate.group());
      }
    }
    return Optional.empty();
  }

  private static boolean isValid(Matcher number) {
    int year = Integer.parseInt(number.group(2));
    int month = Integer.parseInt(number.group(3));
    int day = Integer.parseInt(number.group(4));
    if (day > 60) {
      day -= 60; // a coordination number
    }
    if (!dateExists(number.group(1), year, month, day)) {
      return false;
    }
    String tenDigits = number.group(2) + number.group(3) + number.group(4) + number.group(5) + number.group(6);
    return luhnValid(tenDigits);
  }

  /**
   * Without the century, the date must exist in some century it can come from; 29 February
   * needs a leap year, which 2000 and 1900 settle differently, so both are tried.
   */
  private static boolean dateExists(String century, int year, int month, int day) {
    if (century != null) {
      return isDate(Integer.parseInt(century) * 100 + year, month, day);
    }
    return isDate(2000 + year, month, day) || isDate(1900 + year, month, day);
  }

  private static boolean isDate(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(i) - '0';
      if (i % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
