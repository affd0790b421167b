package se.samverkan.deviation.api;

import java.util.LinkedHashMap;
import java.util.Map;
import se.samverkan.deviation.DeviationFigures;

/** A group's figures of a year, as the annual follow-up will prefill them. */
public record FiguresView(
    long groupId, int year, long deviations, Map<String, Long> byCategory, Map<String, Long> byTargetGroup,
    Map<String, Long> bySection, Map<String, Long> byConclusion, long raisedToRug, long disputes,
    Map<String, Long> disputesByOutcome) {

  public static FiguresView of(DeviationFigures f) {
    Map<String, Long> categories = new LinkedHashMap<>();
    f.byCategory().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> categories.put(e.getKey().name(), e.getValue()));
    Map<String, Long> targetGroups = new LinkedHashMap<>();
    f.byTargetGroup().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> targetGroups.put(e.getKey().name(), e.getValue()));
    return new FiguresView(f.groupId(), f.year().value(), f.deviations(), categories, targetGroups,
        new java.util.TreeMap<>(f.bySection()), new java.util.TreeMap<>(f.byConclusion()), f.raisedToRug(),
        f.disputes(), new java.util.TreeMap<>(f.disputesByOutcome()));
  }
}
