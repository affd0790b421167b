package se.samverkan.agreement;

import java.time.LocalDate;

/** A council's decision: which body decided, on which day, under which reference (diarienummer). */
public record DecisionDetails(String body, LocalDate decidedOn, String reference) {}
