package se.samverkan.coordination.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverkan.coordination.GroupKind;
import se.samverkan.shared.FollowUpYear;

/** An analysis as read: a snapshot, safe to use after the transaction. */
public record AnalysisDetails(
    long groupId,
    String groupName,
    GroupKind groupKind,
    FollowUpYear year,
    AnalysisStatus status,
    AnalysisContent content,
    Instant changedAt,
    Optional<Instant> completedAt,
    long version) {

  static AnalysisDetails of(LocalAnalysis analysis, List<AnalysisSection> sections) {
    return new AnalysisDetails(
        analysis.group().id(),
        analysis.group().name(),
        analysis.group().kind(),
        analysis.year(),
        analysis.status(),
        analysis.content(sections),
        analysis.changedAt(),
        analysis.completedAt(),
        analysis.version());
  }

  public boolean isCompleted() {
    return status == AnalysisStatus.COMPLETED;
  }
}
