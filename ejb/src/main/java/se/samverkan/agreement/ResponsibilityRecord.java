package se.samverkan.agreement;

/** A row of the responsibility matrix as read. */
public record ResponsibilityRecord(
    long id, int position, String targetGroup, String regionPart, String municipalityPart) {}
