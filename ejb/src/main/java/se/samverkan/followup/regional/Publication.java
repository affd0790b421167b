package se.samverkan.followup.regional;

import java.time.Instant;

/** A published regional follow-up: the frozen compilation with its revision, when and by whom. */
public record Publication(int revision, Instant publishedAt, String publishedBy, Compilation compilation) {}
