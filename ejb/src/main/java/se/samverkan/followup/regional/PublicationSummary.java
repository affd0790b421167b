package se.samverkan.followup.regional;

import java.time.Instant;

/** A publication in the list of published regional follow-ups. */
public record PublicationSummary(int year, Audience audience, int revision, Instant publishedAt) {}
