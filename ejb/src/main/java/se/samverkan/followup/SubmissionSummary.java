package se.samverkan.followup;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One submission of a report and RUG's verdict on it, as both sides read it. */
public record SubmissionSummary(
    long id,
    String partyId,
    long groupId,
    String groupName,
    int year,
    long reportId,
    int sequence,
    OffsetDateTime submittedAt,
    String submittedBy,
    SubmissionStatus status,
    Optional<OffsetDateTime> reviewedAt,
    Optional<String> reviewedBy,
    Optional<String> reviewComment,
    long version) {

  static SubmissionSummary of(Submission s) {
    return new SubmissionSummary(s.id(), s.partyId(), s.groupId(), s.groupName(), s.year(), s.reportId(),
        s.sequence(), s.submittedAt(), s.submittedBy(), s.status(), s.reviewedAt(), s.reviewedBy(),
        s.reviewComment(), s.version());
  }
}
