package se.samverkan.agreement;

/** A section as the change log compares it: which section it is (across versions) and its text. */
public record SectionText(String key, int position, String heading, String body) {}
