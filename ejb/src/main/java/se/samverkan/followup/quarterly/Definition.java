package se.samverkan.followup.quarterly;

import java.util.Locale;
import java.util.Optional;

/** An indicator as every party of the area reads it (from {@link QuarterlyReading}). */
public record Definition(
    long id,
    String code,
    String nameSv,
    String nameEn,
    String description,
    Unit unit,
    Better better,
    ReportedBy reportedBy,
    Quarter activeFrom,
    Optional<Quarter> activeTo,
    boolean retired,
    long version) {

  /** Whether the quarter lies in the indicator's period. */
  public boolean covers(Quarter quarter) {
    return !quarter.isBefore(activeFrom) && activeTo.map(last -> !quarter.isAfter(last)).orElse(true);
  }

  /** The name in the reader's language: Swedish unless English is asked for. */
  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameSv;
  }
}
