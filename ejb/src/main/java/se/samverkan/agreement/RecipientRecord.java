package se.samverkan.agreement;

/** A recipient of a consultation round and whether its answer has come in. */
public record RecipientRecord(String id, String name, RespondentKind kind, boolean answered) {}
