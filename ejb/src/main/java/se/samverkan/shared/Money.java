package se.samverkan.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An exact amount of Swedish kronor, held as whole öre: never a double, so sums and splits lose
 * nothing. Shown the Swedish way ({@code 1 500 000 kr}, {@code 12 345,50 kr}, with the
 * no-break space Java's Swedish locale groups digits with) and read from what people type.
 */
public record Money(long ore) implements Comparable<Money> {

  public static final Money ZERO = new Money(0);
  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
  /** Digits with optional grouping spaces (ordinary, no-break, narrow no-break) and decimals. */
  private static final Pattern TYPED =
      Pattern.compile("[-\u2212]?\\d{1,3}([ \u00a0\u202f]?\\d{3})*([.,]\\d+)?|[-\u2212]?\\d+([.,]\\d+)?");

  public static Money ofKronor(long kronor) {
    return new Money(Math.multiplyExact(kronor, 100));
  }

  public static Money ofOre(long ore) {
    return new Money(ore);
  }

  /**
   * An amount in kronor with at most two decimals.
   *
   * @throws IllegalArgumentException with more than two decimals, or beyond what öre in a long hold
   */
  public static Money of(BigDecimal kronor) {
    BigDecimal stripped = kronor.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw new IllegalArgumentException("an amount has at most two decimals (öre): " + kronor.toPlainString());
    }
    try {
      return new Money(kronor.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("amount too large: " + kronor.toPlainString(), e);
    }
  }

  /**
   * What a person typed: {@code 1500000}, {@code 1 500 000 kr}, {@code 12 345,50}, {@code 12345.5}.
   *
   * @throws IllegalArgumentException when it is not an amount, or has more than two decimals
   */
  public static Money parse(String typed) {
    if (typed == null) {
      throw new IllegalArgumentException("no amount");
    }
    String text = withoutSpaceAround(typed);
    if (text.toLowerCase(Locale.ROOT).endsWith("kr")) {
      text = withoutSpaceAround(text.substring(0, text.length() - 2));
    }
    if (!TYPED.matcher(text).matches()) {
      throw new IllegalArgumentException("not an amount: " + typed);
    }
    String plain = text.replaceAll("[ \u00a0\u202f]", "").replace(',', '.').replace('\u2212', '-');
    return of(new BigDecimal(plain));
  }

  private static String withoutSpaceAround(String text) {
    return text.replaceAll("^[\\s\u00a0\u202f]+|[\\s\u00a0\u202f]+$", "");
  }

  public BigDecimal kronor() {
    return BigDecimal.valueOf(ore, 2);
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(ore, other.ore));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(ore, other.ore));
  }

  public boolean isNegative() {
    return ore < 0;
  }

  public boolean isZero() {
    return ore == 0;
  }

  /** Swedish format: whole kronor without decimals, otherwise two. */
  public String format() {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(SWEDISH));
    if (ore % 100 != 0) {
      format.setMinimumFractionDigits(2);
      format.setMaximumFractionDigits(2);
    }
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(kronor()) + "\u00a0kr";
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(ore, other.ore);
  }

  @Override
  public String toString() {
    return format();
  }
}
