package se.samverkan.followup;

import java.util.Optional;

/** A figure the group reports, by its key, with the reason when it differs from the records. */
public record FigureInput(String key, int value, Optional<String> reason) {}
