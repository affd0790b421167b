package se.samverkan.deviation.api;

import java.time.Instant;
import java.time.LocalDate;
import se.samverkan.deviation.Deviation;

/** A deviation as the API shows it; what was not done yet is left out. */
public record DeviationView(
    long id,
    long groupId,
    LocalDate occurredOn,
    String reportingOrganisation,
    String reportingUnit,
    String targetGroup,
    String agreementSection,
    String category,
    String description,
    String actionsTaken,
    String status,
    String broughtBy,
    Instant broughtAt,
    Long meetingId,
    String analysis,
    String conclusion,
    String analysedBy,
    Instant analysedAt,
    String closedBy,
    Instant closedAt,
    boolean raisedToRug,
    String rugSummary,
    String raisedBy,
    Instant raisedAt,
    long version) {

  public static DeviationView of(Deviation d) {
    return new DeviationView(d.id(), d.groupId(), d.occurredOn(), d.reportingOrganisation(), d.reportingUnit(),
        d.targetGroup().name(), d.agreementSection(), d.category().name(), d.description(), d.actionsTaken(),
        d.status().name(), d.broughtBy(), d.broughtAt(), d.meetingId().orElse(null), d.analysis().orElse(null),
        d.conclusion().map(Enum::name).orElse(null), d.analysedBy().orElse(null), d.analysedAt().orElse(null),
        d.closedBy().orElse(null), d.closedAt().orElse(null), d.isRaised(), d.rugSummary().orElse(null),
        d.raisedBy().orElse(null), d.raisedAt().orElse(null), d.version());
  }
}
