package se.samverkan.dispute;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.samverkan.shared.DeIdentified;

/** One step of an escalation ladder: who decides at it (by title) and within how many days. */
public record LadderStep(
    @NotBlank(message = "{dispute.step.name.required}") @Size(max = 200, message = "{text.max}") @DeIdentified String name,
    @Min(value = 1, message = "{dispute.step.deadline.invalid}") @Max(value = 365, message = "{dispute.step.deadline.invalid}") int deadlineDays) {

  /**
   * The agreement's ladder (section 3.6): nearest managers with a mandate, then up the line, at
   * most to the heads of administration. Names are the municipality's data, written in Swedish.
   */
  public static final List<LadderStep> AGREEMENT = List.of(
      new LadderStep("Närmaste chefer med mandat", 14),
      new LadderStep("Avdelningschefer", 14),
      new LadderStep("Förvaltningschefer", 30));
}
