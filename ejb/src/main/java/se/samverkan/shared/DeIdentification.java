package se.samverkan.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The de-identification guard: finds what would identify a person in a free text that must hold
 * no data about individuals (deviations, disputes, analyses). Personal identity and co-ordination
 * numbers ({@link PersonalIdentityNumbers}), e-mail addresses and Swedish telephone numbers.
 *
 * <p>It answers only the kind of what it found, never the text itself: callers put the kind in a
 * message beside the field, so the refused value is never echoed, stored or logged.
 *
 * <p>Telephone numbers are recognised in the forms people write them: with an area code that is
 * set apart ({@code 070-123 45 67}, {@code 031-12 34 56}, {@code (031) 12 34 56},
 * {@code 0340 12 34 56}), in international form ({@code +46 70 123 45 67}, {@code 0046 70…}), or
 * as a bare mobile number ({@code 0701234567}). A landline written as one bare run of digits is
 * indistinguishable from a reference number and is let through. Dates, amounts ({@code 1 500 000
 * kr}) and section numbers ({@code 3.2.1}) are not telephone numbers: a number that continues a
 * date or an amount, or whose area code starts with {@code 00}, is not one.
 */
public final class DeIdentification {

  /** What a text held that identifies a person. */
  public enum Finding {
    /** A personal identity number or a co-ordination number. */
    PERSONAL_IDENTITY_NUMBER,
    EMAIL_ADDRESS,
    PHONE_NUMBER
  }

  private static final Pattern EMAIL = Pattern.compile(
      "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  /**
   * A telephone-like run: international prefix, an area code in parentheses or set apart by a
   * separator, then groups of digits. The digits are counted afterwards ({@link #isPhone}).
   * Not after a digit, nor after a digit and a separator (a date's month, an amount's thousands).
   */
  private static final Pattern PHONE = Pattern.compile(
      "(?<![0-9+])(?<![0-9][-./ ])"
          + "(?:"
          + "(?<intl>(?:\\+|00)46[ -]?(?:\\(0\\)[ -]?)?[1-9][0-9]*(?:[ -][0-9]+)*)"
          + "|(?<paren>\\(0[1-9][0-9]{0,2}\\)[ -]?[0-9]+(?:[ -][0-9]+)*)"
          + "|(?<area>0[1-9][0-9]{0,2}[ -][0-9]+(?:[ -][0-9]+)*)"
          + "|(?<mobile>07[02369][0-9]{7})"
          + ")(?![0-9])");

  private DeIdentification() {}

  /** The first kind of identifying data the text holds, if any. */
  public static Optional<Finding> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    // amounts are often written with no-break or thin spaces between the thousands
    String normalised = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ')
        .replace('\u2013', '-').replace('\u2011', '-');
    if (PersonalIdentityNumbers.containsAny(normalised)) {
      return Optional.of(Finding.PERSONAL_IDENTITY_NUMBER);
    }
    if (EMAIL.matcher(normalised).find()) {
      return Optional.of(Finding.EMAIL_ADDRESS);
    }
    Matcher phone = PHONE.matcher(normalised);
    while (phone.find()) {
      if (isPhone(phone)) {
        return Optional.of(Finding.PHONE_NUMBER);
      }
    }
    return Optional.empty();
  }

  /**
   * Refuses a text that identifies someone, naming the field and the kind found, never the text
   * (for texts that reach a service without Bean Validation in front).
   */
  public static void require(String field, String text) {
    find(text).ifPresent(finding -> {
      throw new InvalidInputException(field, field + " " + describe(finding));
    });
  }

  /** Why a text was refused, in English, without the text. */
  public static String describe(Finding finding) {
    return switch (finding) {
      case PERSONAL_IDENTITY_NUMBER ->
          "contains a personal identity number or co-ordination number: remove it, the text must identify no one";
      case EMAIL_ADDRESS -> "contains an e-mail address: remove it, the text must identify no one";
      case PHONE_NUMBER -> "contains a telephone number: remove it, the text must identify no one";
    };
  }

  /** True when the text holds nothing that identifies a person. */
  public static boolean isDeIdentified(String text) {
    return find(text).isEmpty();
  }

  /**
   * Counts the digits group by group: a telephone number has 8 to 10 digits with its leading 0,
   * 7 to 9 after +46. A run that only reaches that length by taking in a following number (a
   * year after the telephone number) still counts, since some prefix of its groups does.
   */
  private static boolean isPhone(Matcher match) {
    if (match.group("mobile") != null) {
      return true;
    }
    String run = match.group();
    boolean international = match.group("intl") != null;
    String digits = international ? run.replaceFirst("^(?:\\+|00)46", "") : run;
    int min = international ? 7 : 8;
    int max = international ? 9 : 10;
    int count = 0;
    int groups = 0;
    for (String group : digits.split("[ ()-]+")) {
      if (group.isEmpty()) {
        continue;
      }
      if (international && groups == 0 && group.equals("0")) {
        continue; // the "(0)" some write after +46
      }
      count += group.length();
      groups++;
      if (groups >= 2 && count >= min && count <= max) {
        return true;
      }
      if (count > max) {
        return false;
      }
    }
    return international && groups == 1 && count >= min && count <= max;
  }
}
