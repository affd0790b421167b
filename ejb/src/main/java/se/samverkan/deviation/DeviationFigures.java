package se.samverkan.deviation;

import java.util.Map;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.shared.FollowUpYear;

/**
 * A group's deviations and disputes of one year, counted as the annual follow-up reports them.
 * Deviations count by the date of the event, disputes by the day they were opened. Every category,
 * target group and conclusion is present, with zero when none.
 *
 * @param byConclusion {@code NOT_ANALYSED}, {@code LOCAL_IMPROVEMENT}, {@code RAISE_TO_RUG}
 * @param bySection the agreement section as the members referred to it
 * @param disputesByOutcome {@code OPEN}, or {@code RESOLVED_AT_STEP_n} for the step that agreed
 */
public record DeviationFigures(
    long groupId,
    FollowUpYear year,
    long deviations,
    Map<DeviationCategory, Long> byCategory,
    Map<TargetGroup, Long> byTargetGroup,
    Map<String, Long> bySection,
    Map<String, Long> byConclusion,
    long raisedToRug,
    long disputes,
    Map<String, Long> disputesByOutcome) {

  public DeviationFigures {
    byCategory = Map.copyOf(byCategory);
    byTargetGroup = Map.copyOf(byTargetGroup);
    bySection = Map.copyOf(bySection);
    byConclusion = Map.copyOf(byConclusion);
    disputesByOutcome = Map.copyOf(disputesByOutcome);
  }
}
