package se.samverkan.deviation.api;

import java.time.Instant;
import java.time.LocalDate;
import se.samverkan.deviation.RaisedDeviation;

/** What RUG reads of a raised deviation. */
public record RaisedDeviationView(
    long id, String party, long groupId, long deviationId, String groupName, String groupKind, LocalDate occurredOn,
    String targetGroup, String agreementSection, String category, String summary, String raisedBy, Instant raisedAt) {

  public static RaisedDeviationView of(RaisedDeviation r) {
    return new RaisedDeviationView(r.id(), r.partyId(), r.groupId(), r.deviationId(), r.groupName(), r.groupKind().name(),
        r.occurredOn(), r.targetGroup().name(), r.agreementSection(), r.category().name(), r.summary(), r.raisedBy(),
        r.raisedAt());
  }
}
