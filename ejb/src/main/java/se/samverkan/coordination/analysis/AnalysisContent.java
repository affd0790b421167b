package se.samverkan.coordination.analysis;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** What a group writes in its analysis of a year: the summary and a section per target group. */
public record AnalysisContent(
    @Size(max = LocalAnalysis.MAX_TEXT, message = "{text.max}") @NoPersonalIdentityNumber
        String summary,
    @NotNull List<@NotNull @Valid SectionContent> sections) {

  public AnalysisContent {
    summary = SectionContent.text(summary);
    sections = sections == null ? List.of() : List.copyOf(sections);
  }
}
