package se.samverkan.followup.regional;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as people read them in the exports: Swedish digits, nothing written where none exists. */
final class Figures {

  private Figures() {}

  static String text(BigDecimal value) {
    if (value == null) {
      return "–";
    }
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(new Locale("sv", "SE")));
    return format.format(value);
  }

  /** Plain machine-readable form (CSV): dot decimal, no grouping, empty when none. */
  static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  static String audienceName(Audience audience) {
    return audience == Audience.CHILDREN ? "Barn och unga (SSGB) / Children (SSGB)" : "Vuxna (SSGV) / Adults (SSGV)";
  }

  static String state(String state) {
    return switch (state) {
      case "SUBMITTED" -> "inskickad, ej granskad / submitted, not reviewed";
      case "RETURNED" -> "återsänd / returned";
      case "REOPENED" -> "återöppnad / reopened";
      default -> "inte inskickad / not submitted";
    };
  }
}
