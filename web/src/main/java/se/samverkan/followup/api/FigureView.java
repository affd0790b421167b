package se.samverkan.followup.api;

/** A figure: what the records gave, what is reported, the reason when they differ, and its source. */
public record FigureView(String key, int recorded, int value, String reason, String source) {}
