package se.samverkan.followup.quarterly.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.followup.quarterly.Definition;
import se.samverkan.followup.quarterly.Figure;
import se.samverkan.followup.quarterly.IndicatorChart;
import se.samverkan.followup.quarterly.IndicatorSummary;
import se.samverkan.followup.quarterly.Quarter;
import se.samverkan.followup.quarterly.Trend;
import se.samverkan.followup.quarterly.UploadOutcome;
import se.samverkan.shared.Page;

/** The API's views of the quarterly indicators; figures as exact decimals, quarters as "2025-Q3". */
public final class QuarterlyViews {

  private QuarterlyViews() {}

  public record DefinitionView(long id, String code, String nameSv, String nameEn, String description, String unit,
      String better, String reportedBy, String activeFrom, String activeTo, boolean retired, long version) {
    static DefinitionView of(Definition d) {
      return new DefinitionView(d.id(), d.code(), d.nameSv(), d.nameEn(), d.description(), d.unit().name(),
          d.better().name(), d.reportedBy().name(), d.activeFrom().toString(),
          d.activeTo().map(Quarter::toString).orElse(null), d.retired(), d.version());
    }
  }

  public record PartyFigureView(String party, String name, BigDecimal value) {}

  public record SummaryView(DefinitionView definition, String latestQuarter, List<PartyFigureView> figures) {
    static SummaryView of(IndicatorSummary s) {
      return new SummaryView(DefinitionView.of(s.definition()), s.latest().map(Quarter::toString).orElse(null),
          s.figures().stream().map(f -> new PartyFigureView(f.party(), f.name(), plain(f.value()))).toList());
    }
  }

  public record SummaryPageView(List<SummaryView> items, int page, int size, long total) {
    static SummaryPageView of(Page<IndicatorSummary> page) {
      return new SummaryPageView(page.items().stream().map(SummaryView::of).toList(), page.page(), page.size(),
          page.total());
    }
  }

  public record TrendView(String direction, BigDecimal recentMean, BigDecimal earlierMean, BigDecimal changePercent) {
    static TrendView of(Trend t) {
      return new TrendView(t.direction().name(), t.recentMean(), t.earlierMean(), t.changePercent());
    }
  }

  /** A party's figures in the order of the chart's quarters; null where it reported none. */
  public record SeriesView(String party, String name, List<BigDecimal> values, TrendView trend) {}

  public record ChartView(DefinitionView definition, List<String> quarters, List<SeriesView> series,
      List<BigDecimal> mean, TrendView meanTrend) {
    static ChartView of(IndicatorChart chart) {
      List<SeriesView> series = chart.series().stream().map(s -> new SeriesView(s.party().value(), s.name(),
          plainAll(s.values()), TrendView.of(s.trend()))).toList();
      return new ChartView(DefinitionView.of(chart.definition()),
          chart.quarters().stream().map(Quarter::toString).toList(), series, chart.mean(),
          TrendView.of(chart.meanTrend()));
    }
  }

  public record FigureView(String party, String quarter, BigDecimal value, long version) {
    static FigureView of(Figure f) {
      return new FigureView(f.party().value(), f.quarter().toString(), plain(f.value()), f.version());
    }
  }

  public record UploadView(int added, int changed, int unchanged) {
    static UploadView of(UploadOutcome outcome) {
      return new UploadView(outcome.added(), outcome.changed(), outcome.unchanged());
    }
  }

  /** 1E+2 as 100: a figure is shown as written. */
  static BigDecimal plain(BigDecimal value) {
    return value == null ? null : value.scale() < 0 ? value.setScale(0) : value;
  }

  private static List<BigDecimal> plainAll(List<BigDecimal> values) {
    List<BigDecimal> plain = new ArrayList<>();
    values.forEach(v -> plain.add(plain(v)));
    return plain;
  }
}
