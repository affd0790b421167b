package se.samverkan.coordination.analysis.api;

import java.time.Instant;
import java.util.List;
import se.samverkan.coordination.analysis.AnalysisDetails;
import se.samverkan.coordination.analysis.SectionContent;

/** An analysis as the API shows it. */
public record AnalysisView(
    long groupId,
    String groupName,
    String groupKind,
    int year,
    String status,
    String summary,
    List<SectionView> sections,
    Instant changedAt,
    Instant completedAt,
    long version) {

  public record SectionView(
      String targetGroup, String currentPicture, String workingWell, String gapsAndRisks, String priorities) {

    static SectionView of(SectionContent section) {
      return new SectionView(section.targetGroup().name(), section.currentPicture(), section.workingWell(),
          section.gapsAndRisks(), section.priorities());
    }
  }

  static AnalysisView of(AnalysisDetails analysis) {
    return new AnalysisView(
        analysis.groupId(),
        analysis.groupName(),
        analysis.groupKind().name(),
        analysis.year().value(),
        analysis.status().name(),
        analysis.content().summary(),
        analysis.content().sections().stream().map(SectionView::of).toList(),
        analysis.changedAt(),
        analysis.completedAt().orElse(null),
        analysis.version());
  }
}
