package se.samverkan.coordination.assignment;

import java.util.Optional;
import java.time.OffsetDateTime;

/**
 * One addressed group in the region's overview: how far it has come by its submitted reports,
 * and whether it is late (past the due date without a final report).
 */
public record GroupStatusRow(
    AreaGroup group,
    String partyName,
    GroupProgress progress,
    boolean overdue,
    long submittedReports,
    Optional<OffsetDateTime> lastSubmitted) {}
