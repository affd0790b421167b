package se.samverkan.agreement;

import java.time.LocalDate;

/**
 * A version's status as readers see it. The stored {@link Stage} ends at DECISION; whether the
 * version is in force, expired or replaced follows from the parties' decisions and the dates, so
 * it is computed when read and never goes stale (no scheduled job has to flip it on the right day).
 */
public enum VersionStatus {
  DRAFT,
  CONSULTATION,
  DECISION,
  IN_FORCE,
  EXPIRED,
  REPLACED;

  /**
   * @param allDecided every party of the area has recorded its council's decision
   * @param newerTookEffect a later version of the same agreement is in force or has expired
   */
  public static VersionStatus of(
      Stage stage, boolean allDecided, LocalDate validFrom, LocalDate validTo, LocalDate today,
      boolean newerTookEffect) {
    VersionStatus own = ownOf(stage, allDecided, validFrom, validTo, today);
    if ((own == IN_FORCE || own == EXPIRED) && newerTookEffect) {
      return REPLACED;
    }
    return own;
  }

  /** The status without looking at later versions. */
  public static VersionStatus ownOf(
      Stage stage, boolean allDecided, LocalDate validFrom, LocalDate validTo, LocalDate today) {
    return switch (stage) {
      case DRAFT -> DRAFT;
      case CONSULTATION -> CONSULTATION;
      case DECISION -> {
        if (!allDecided || today.isBefore(validFrom)) {
          yield DECISION;
        }
        yield today.isAfter(validTo) ? EXPIRED : IN_FORCE;
      }
    };
  }

  public boolean tookEffect() {
    return this == IN_FORCE || this == EXPIRED;
  }
}
