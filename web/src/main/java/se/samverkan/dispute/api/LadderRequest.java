package se.samverkan.dispute.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.dispute.LadderStep;
import se.samverkan.shared.DeIdentified;

/**
 * A municipality's escalation ladder as it is written: the steps in order; the version last read,
 * or none while the agreement's default applies.
 */
public class LadderRequest {

  @NotEmpty(message = "{dispute.steps.required}")
  @Size(max = 10, message = "{dispute.steps.required}")
  private List<@Valid Step> steps = new ArrayList<>();

  private Long version;

  /** One step: its name and its deadline in days. */
  public static class Step {

    @NotBlank(message = "{dispute.step.name.required}")
    @Size(max = 200, message = "{text.max}")
    @DeIdentified
    private String name;

    @NotNull(message = "{dispute.step.deadline.invalid}")
    @Min(value = 1, message = "{dispute.step.deadline.invalid}")
    @Max(value = 365, message = "{dispute.step.deadline.invalid}")
    private Integer deadlineDays;

    public Step() {}

    public Step(String name, Integer deadlineDays) {
      this.name = name;
      this.deadlineDays = deadlineDays;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Integer getDeadlineDays() {
      return deadlineDays;
    }

    public void setDeadlineDays(Integer deadlineDays) {
      this.deadlineDays = deadlineDays;
    }
  }

  public List<LadderStep> ladderSteps() {
    return steps.stream().map(s -> new LadderStep(s.getName().strip(), s.getDeadlineDays())).toList();
  }

  public List<Step> getSteps() {
    return steps;
  }

  public void setSteps(List<Step> steps) {
    this.steps = steps;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
