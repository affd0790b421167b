package se.samverkan.followup;

import java.util.List;

/**
 * A set with its indicators, and whether any report uses it (then it is never changed).
 */
public record IndicatorSetDetails(IndicatorSetSummary set, List<IndicatorRow> indicators, boolean inUse) {}
