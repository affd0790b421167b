package se.samverkan.followup.regional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A regional follow-up as people read it: computed from the approved reports (the working
 * compilation) or read back from a publication (frozen). The same shape serves the page, the API,
 * the exports and the published copy, so what was published is what is shown.
 *
 * @param parties the municipalities of the area in the area's order (names)
 * @param sideBySide per indicator with figures: every municipality's figures of the year
 * @param overTheYears per indicator with figures: every municipality's total per year
 * @param expectedGroups active groups of the kind in the area
 * @param approvedGroups of those, the groups whose latest submission of the year is approved
 */
public record Compilation(
    int year,
    String audience,
    Instant compiledAt,
    List<String> parties,
    List<FigureTable> sideBySide,
    List<Trend> overTheYears,
    List<AnalysisSet> analyses,
    List<GroupFeedback> feedback,
    List<MissingGroup> missing,
    int expectedGroups,
    int approvedGroups,
    String summary,
    String priorities) {

  /**
   * One indicator's figures of the year, a row per municipality. A NUMBER has one column
   * ({@code columns} empty); a RECORDED_COUNT one per figure key (e.g. deviation category) and the
   * total.
   */
  public record FigureTable(String code, String heading, String kind, List<String> columns, List<FigureRow> rows) {}

  /**
   * @param groups how many approved groups were summed (more than one: said beside the figure)
   * @param values per column; null where the municipality has no approved figure
   */
  public record FigureRow(String party, int groups, List<BigDecimal> values, BigDecimal total) {}

  /** One indicator over the years: a row per year, a column per municipality (its total). */
  public record Trend(String code, String heading, List<YearRow> years) {}

  public record YearRow(int year, List<BigDecimal> values) {}

  /** The groups' texts on one TEXT indicator of the year. */
  public record AnalysisSet(String code, String heading, List<GroupText> texts) {}

  public record GroupText(String party, String group, String text) {}

  /** RUG's review comment on a group's approved report (null: none written). */
  public record GroupFeedback(String party, String group, String comment) {}

  /**
   * A group of the kind with no approved report of the year.
   *
   * @param state NOT_SUBMITTED, or the status of its latest submission (SUBMITTED, RETURNED,
   *     REOPENED)
   */
  public record MissingGroup(String party, String group, String state) {}

  public Audience audienceValue() {
    return Audience.valueOf(audience);
  }
}
