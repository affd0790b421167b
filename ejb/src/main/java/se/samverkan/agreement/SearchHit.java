package se.samverkan.agreement;

/**
 * A section that matched a search. {@code snippet} is plain text (matches between « and »), to be
 * escaped like any text.
 */
public record SearchHit(
    long agreementId, String agreementTitle, int number, long sectionId, String heading, String snippet) {}
