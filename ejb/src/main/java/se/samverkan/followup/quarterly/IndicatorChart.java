package se.samverkan.followup.quarterly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.tenancy.TenantId;

/**
 * An indicator's figures side by side: one series per reporting party over the quarters anyone
 * reported (null where a party has no figure), the area's mean per quarter and the trends.
 */
public record IndicatorChart(Definition definition, List<Quarter> quarters, List<Series> series, List<BigDecimal> mean,
    Trend meanTrend) {

  /** One party's figures, in the order of {@link #quarters()}. */
  public record Series(TenantId party, String name, List<BigDecimal> values, Trend trend) {
    public Series {
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  public IndicatorChart {
    quarters = List.copyOf(quarters);
    series = List.copyOf(series);
    mean = Collections.unmodifiableList(new ArrayList<>(mean));
  }

  /**
   * Lays the figures out: the quarters from the first to the last reported, a series for every
   * reporting party (also one that reported nothing yet).
   */
  public static IndicatorChart of(Definition definition, Map<TenantId, String> parties, List<Figure> figures) {
    List<Quarter> quarters = new ArrayList<>();
    if (!figures.isEmpty()) {
      Quarter first = figures.stream().map(Figure::quarter).min(Quarter::compareTo).orElseThrow();
      Quarter last = figures.stream().map(Figure::quarter).max(Quarter::compareTo).orElseThrow();
      for (Quarter q = first; !q.isAfter(last); q = q.next()) {
        quarters.add(q);
      }
    }
    Map<TenantId, Map<Quarter, BigDecimal>> byParty = new HashMap<>();
    figures.forEach(f -> byParty.computeIfAbsent(f.party(), p -> new HashMap<>()).put(f.quarter(), f.value()));
    List<Series> series = new ArrayList<>();
    parties.forEach((party, name) -> {
      Map<Quarter, BigDecimal> own = byParty.getOrDefault(party, Map.of());
      List<BigDecimal> values = new ArrayList<>();
      quarters.forEach(q -> values.add(own.get(q)));
      series.add(new Series(party, name, values, Trend.of(values, definition.better())));
    });
    List<BigDecimal> mean = new ArrayList<>();
    for (int i = 0; i < quarters.size(); i++) {
      int index = i;
      mean.add(Trend.mean(series.stream().map(s -> s.values().get(index)).toList()));
    }
    return new IndicatorChart(definition, quarters, series, mean, Trend.of(mean, definition.better()));
  }
}
