package se.samverkan.dispute;

import java.util.List;

/**
 * A dispute with the steps it reached, first to current.
 *
 * @param flagged the current step passed its deadline and its people were reminded
 */
public record DisputeRecord(Dispute dispute, List<DisputeStep> steps, boolean flagged) {

  public DisputeRecord {
    steps = List.copyOf(steps);
  }

  public DisputeStep currentStep() {
    return steps.get(steps.size() - 1);
  }
}
