package se.samverkan.coordination.analysis;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.shared.NoPersonalIdentityNumber;

/**
 * What the group writes about one target group: the current picture (needs seen locally), what
 * works well, gaps and risks, and the priorities for the coming year. Blank texts are none.
 */
public record SectionContent(
    @NotNull(message = "{analysis.targetGroup.required}") TargetGroup targetGroup,
    @Size(max = LocalAnalysis.MAX_TEXT, message = "{text.max}") @NoPersonalIdentityNumber
        String currentPicture,
    @Size(max = LocalAnalysis.MAX_TEXT, message = "{text.max}") @NoPersonalIdentityNumber
        String workingWell,
    @Size(max = LocalAnalysis.MAX_TEXT, message = "{text.max}") @NoPersonalIdentityNumber
        String gapsAndRisks,
    @Size(max = LocalAnalysis.MAX_TEXT, message = "{text.max}") @NoPersonalIdentityNumber
        String priorities) {

  public SectionContent {
    currentPicture = text(currentPicture);
    workingWell = text(workingWell);
    gapsAndRisks = text(gapsAndRisks);
    priorities = text(priorities);
  }

  /** Nothing written: such a section is not kept. */
  public boolean isEmpty() {
    return currentPicture == null && workingWell == null && gapsAndRisks == null && priorities == null;
  }

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
