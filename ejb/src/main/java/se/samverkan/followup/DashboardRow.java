package se.samverkan.followup;

import java.time.OffsetDateTime;
import java.util.Optional;
import se.samverkan.coordination.GroupKind;

/** One group of the area in RUG's dashboard: what the region knows, from submissions only. */
public record DashboardRow(
    String party,
    String partyName,
    long groupId,
    String groupName,
    GroupKind kind,
    ReportState state,
    Optional<Long> submissionId,
    Optional<OffsetDateTime> submittedAt) {}
