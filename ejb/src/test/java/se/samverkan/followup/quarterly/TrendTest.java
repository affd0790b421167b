package se.samverkan.followup.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.tenancy.TenantId;

class TrendTest {

  private static List<BigDecimal> series(String... values) {
    return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
  }

  @Test
  void readsTheDirectionOfTheIndicator() {
    List<BigDecimal> falling = series("20", "20", "20", "20", "10", "10", "10", "10");
    assertThat(Trend.of(falling, Better.LOWER).direction()).isEqualTo(Trend.Direction.BETTER);
    assertThat(Trend.of(falling, Better.HIGHER).direction()).isEqualTo(Trend.Direction.WORSE);
    Trend trend = Trend.of(falling, Better.LOWER);
    assertThat(trend.recentMean()).isEqualByComparingTo("10");
    assertThat(trend.earlierMean()).isEqualByComparingTo("20");
    assertThat(trend.changePercent()).isEqualByComparingTo("-50");
  }

  @Test
  void smallChangesAreUnchangedAndGapsAreSkipped() {
    assertThat(Trend.of(series("100", "100", "100", "100", "100.5", "100", "100", "100"), Better.LOWER).direction())
        .isEqualTo(Trend.Direction.UNCHANGED);
    assertThat(Trend.of(series("10", null, "10", null, "12", null, null, "12"), Better.HIGHER).direction())
        .isEqualTo(Trend.Direction.BETTER);
    assertThat(Trend.of(series("10", "11", "12", "13"), Better.LOWER).direction()).isEqualTo(Trend.Direction.UNKNOWN);
    assertThat(Trend.of(series(null, null, null, null, "1", "2", "3", "4"), Better.LOWER))
        .isEqualTo(Trend.UNKNOWN);
  }

  @Test
  void chartSpansTheReportedQuartersWithTheMean() {
    Definition definition = new Definition(1, "R", "R", "R", null, Unit.PERCENT, Better.LOWER,
        ReportedBy.MUNICIPALITIES, Quarter.parse("2023-Q1"), Optional.empty(), false, 1);
    TenantId a = new TenantId("alfa");
    TenantId b = new TenantId("beta");
    IndicatorChart chart = IndicatorChart.of(definition, Map.of(a, "Alfa"), List.of(
        new Figure(a, Quarter.parse("2024-Q4"), new BigDecimal("10"), 1),
        new Figure(a, Quarter.parse("2025-Q2"), new BigDecimal("20"), 1),
        new Figure(b, Quarter.parse("2025-Q2"), new BigDecimal("99"), 1)));
    assertThat(chart.quarters()).extracting(Quarter::toString).containsExactly("2024-Q4", "2025-Q1", "2025-Q2");
    assertThat(chart.series()).singleElement().satisfies(s -> assertThat(s.values()).containsExactly(
        new BigDecimal("10"), null, new BigDecimal("20")));
    assertThat(chart.mean().get(0)).isEqualByComparingTo("10");
    assertThat(chart.mean().get(1)).isNull();
  }
}
