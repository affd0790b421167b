package se.samverkan.followup;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One step of a report's round, with who and when: SUBMITTED (a submission), or one of RUG's
 * {@link ReviewStepKind} steps.
 */
public record HistoryEntry(String step, int sequence, OffsetDateTime at, String by, Optional<String> comment) {}
