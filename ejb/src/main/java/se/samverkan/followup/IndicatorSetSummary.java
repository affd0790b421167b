package se.samverkan.followup;

/** An indicator set as the area reads it. */
public record IndicatorSetSummary(long id, int validFromYear, String name, long version) {}
