package se.samverkan.dispute.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.samverkan.dispute.Dispute;
import se.samverkan.dispute.DisputeRecord;
import se.samverkan.dispute.DisputeStep;
import se.samverkan.dispute.StepPerson;

/**
 * A dispute with the steps it reached. {@code flagged}: the current step passed its deadline and
 * its people were reminded.
 */
public record DisputeView(
    long id, long groupId, String question, String parties, String agreementSection, String status,
    int currentStep, int ladderSteps, String openedBy, Instant openedAt, String outcome, Instant resolvedAt,
    boolean flagged, List<StepView> steps, long version) {

  public record StepView(
      int position, String name, List<StepPerson> people, Instant raisedAt, LocalDate deadline, String outcome,
      Instant endedAt, Instant remindedAt) {

    static StepView of(DisputeStep s) {
      return new StepView(s.position(), s.name(), s.people(), s.raisedAt(), s.deadline(), s.outcome().orElse(null),
          s.endedAt().orElse(null), s.remindedAt().orElse(null));
    }
  }

  public static DisputeView of(DisputeRecord record) {
    Dispute d = record.dispute();
    return new DisputeView(d.id(), d.groupId(), d.question(), d.parties(), d.agreementSection(), d.status().name(),
        d.currentStep(), d.ladder().size(), d.openedBy(), d.openedAt(), d.outcome().orElse(null),
        d.resolvedAt().orElse(null), record.flagged(), record.steps().stream().map(StepView::of).toList(), d.version());
  }
}
