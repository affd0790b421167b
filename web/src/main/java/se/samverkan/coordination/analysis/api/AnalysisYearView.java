package se.samverkan.coordination.analysis.api;

import java.time.Instant;
import se.samverkan.coordination.analysis.AnalysisYear;

/** A year the group has an analysis of, in the list of years. */
public record AnalysisYearView(int year, String status, Instant completedAt, long version) {

  static AnalysisYearView of(AnalysisYear year) {
    return new AnalysisYearView(
        year.year().value(), year.status().name(), year.completedAt().orElse(null), year.version());
  }
}
