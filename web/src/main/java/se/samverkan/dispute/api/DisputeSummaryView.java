package se.samverkan.dispute.api;

import java.time.Instant;
import se.samverkan.dispute.Dispute;

/** A dispute in a list. */
public record DisputeSummaryView(
    long id, String question, String agreementSection, String status, int currentStep, String currentStepName,
    Instant openedAt, long version) {

  public static DisputeSummaryView of(Dispute d) {
    return new DisputeSummaryView(d.id(), d.question(), d.agreementSection(), d.status().name(), d.currentStep(),
        d.ladder().get(d.currentStep() - 1).name(), d.openedAt(), d.version());
  }
}
