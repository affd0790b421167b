package se.samverkan.agreement;

/** A definition or abbreviation as read. */
public record TermRecord(long id, int position, String term, String meaning) {}
