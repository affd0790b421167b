package se.samverkan.coordination.assignment.api;

import java.time.OffsetDateTime;
import se.samverkan.coordination.assignment.AssignmentReport;

/** A group's report as the group reads it. */
public record ReportView(
    long id, long assignmentId, long groupId, String kind, String body, String status,
    OffsetDateTime submittedAt, long version) {

  static ReportView of(AssignmentReport report) {
    return new ReportView(report.id(), report.assignmentId(), report.groupId(), report.kind().name(),
        report.body(), report.status().name(), report.submittedAt().orElse(null), report.version());
  }
}
