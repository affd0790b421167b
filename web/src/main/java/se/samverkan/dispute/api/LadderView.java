package se.samverkan.dispute.api;

import java.util.List;
import se.samverkan.dispute.Ladder;

/** The ladder in use; {@code version} is left out while the agreement's default applies. */
public record LadderView(List<StepView> steps, boolean agreementDefault, Long version) {

  public record StepView(int position, String name, int deadlineDays) {}

  public static LadderView of(Ladder ladder) {
    List<StepView> steps = new java.util.ArrayList<>();
    for (int i = 0; i < ladder.steps().size(); i++) {
      steps.add(new StepView(i + 1, ladder.steps().get(i).name(), ladder.steps().get(i).deadlineDays()));
    }
    return new LadderView(steps, ladder.isDefault(), ladder.version().orElse(null));
  }
}
