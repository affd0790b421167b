package se.samverkan.followup;

import java.time.LocalDate;

/** RUG's deadline for a year, as the area reads it. */
public record RoundSummary(long id, int year, LocalDate deadline, long version) {}
