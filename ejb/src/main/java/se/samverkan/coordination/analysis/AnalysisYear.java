package se.samverkan.coordination.analysis;

import java.time.Instant;
import java.util.Optional;
import se.samverkan.shared.FollowUpYear;

/** A year a group has an analysis of, in a list: where it stands. */
public record AnalysisYear(
    FollowUpYear year, AnalysisStatus status, Optional<Instant> completedAt, long version) {

  static AnalysisYear of(LocalAnalysis analysis) {
    return new AnalysisYear(analysis.year(), analysis.status(), analysis.completedAt(), analysis.version());
  }
}
