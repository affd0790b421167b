package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.Optional;

/** Whether one party has adopted a version: its council's decision, if recorded. */
public record Adoption(String party, String partyName, Optional<Decision> decision) {

  /** A recorded decision; {@code version} is what a change of it must name. */
  public record Decision(String body, LocalDate decidedOn, String reference, long version) {}
}
