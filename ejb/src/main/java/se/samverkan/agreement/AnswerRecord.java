package se.samverkan.agreement;

import java.time.Instant;
import java.util.Optional;

/** A consultation answer as read: submitted ones by the area, a draft only by its own writers. */
public record AnswerRecord(
    long id, String respondent, String respondentName, RespondentKind kind, String body,
    boolean submitted, Optional<Instant> submittedAt, long version) {}
