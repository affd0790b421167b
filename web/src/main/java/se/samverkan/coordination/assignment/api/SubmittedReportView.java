package se.samverkan.coordination.assignment.api;

import java.time.OffsetDateTime;
import se.samverkan.coordination.assignment.SubmittedReport;

/** A submitted report as the region reads it: its own snapshot. */
public record SubmittedReportView(
    long id, long reportId, String party, long groupId, String groupName, String groupKind,
    String kind, String body, OffsetDateTime submittedAt) {

  static SubmittedReportView of(SubmittedReport report) {
    return new SubmittedReportView(report.id(), report.reportId(), report.partyId(), report.groupId(),
        report.groupName(), report.groupKind().name(), report.kind().name(), report.body(),
        report.submittedAt());
  }
}
