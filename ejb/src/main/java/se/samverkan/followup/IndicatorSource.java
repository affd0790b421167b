package se.samverkan.followup;

import java.util.List;
import se.samverkan.deviation.DeviationCategory;

/**
 * Where a {@link IndicatorKind#RECORDED_COUNT} is counted from, and the figures it gives: the keys
 * are stable, so the region can put the groups' figures side by side over the years.
 */
public enum IndicatorSource {
  /** The group's deviations of the year, one figure per category (by the date of the event). */
  DEVIATIONS_BY_CATEGORY(java.util.Arrays.stream(DeviationCategory.values()).map(Enum::name).toList()),
  /** The group's disputes opened in the year, and how many of them are still open. */
  DISPUTES(List.of("OPENED", "STILL_OPEN")),
  /** Changes to the group's structure in the year: members who joined and left, meetings held. */
  STRUCTURE_CHANGES(List.of("MEMBERS_JOINED", "MEMBERS_LEFT", "MEETINGS_HELD")),
  /** The group's reports on RUG's assignments submitted in the year. */
  ASSIGNMENT_REPORTS(List.of("PROGRESS_REPORTS", "FINAL_REPORTS"));

  private final List<String> figureKeys;

  IndicatorSource(List<String> figureKeys) {
    this.figureKeys = figureKeys;
  }

  public List<String> figureKeys() {
    return figureKeys;
  }
}
