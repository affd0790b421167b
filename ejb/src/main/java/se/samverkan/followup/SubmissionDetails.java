package se.samverkan.followup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.coordination.GroupKind;

/**
 * A submission as RUG reviews it: the snapshot's answers and figures under the indicators of the
 * set the report was made on, the round's history, and whether it is the report's latest.
 */
public record SubmissionDetails(
    SubmissionSummary submission,
    String partyName,
    GroupKind groupKind,
    IndicatorSetSummary set,
    List<IndicatorRow> indicators,
    Map<Long, SubmittedAnswer> answers,
    Map<Long, List<SubmittedFigure>> figures,
    List<HistoryEntry> history,
    boolean latest) {

  public Optional<SubmittedAnswer> answerTo(long indicatorId) {
    return Optional.ofNullable(answers.get(indicatorId));
  }

  public List<SubmittedFigure> figuresOf(SubmittedAnswer answer) {
    return figures.getOrDefault(answer.id(), List.of());
  }
}
