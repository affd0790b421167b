package se.samverkan.followup.api;

import java.time.LocalDate;
import se.samverkan.followup.RoundSummary;

/** RUG's deadline for a year. */
public record RoundView(int year, LocalDate deadline, long version) {

  static RoundView of(RoundSummary round) {
    return new RoundView(round.year(), round.deadline(), round.version());
  }
}
