package se.samverkan.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group's report as its municipality reads it: the indicators of the set it was made on, the
 * answers and figures, where the round stands, and what the caller may do.
 *
 * @param figures per answer id, in order
 * @param history the submissions and RUG's steps, with who and when
 */
public record ReportDetails(
    FollowUpReport report,
    String groupName,
    IndicatorSetSummary set,
    List<IndicatorRow> indicators,
    Map<Long, FollowUpAnswer> answers,
    Map<Long, List<FollowUpFigure>> figures,
    ReportState state,
    boolean editable,
    boolean canWrite,
    boolean canSubmit,
    Optional<LocalDate> deadline,
    List<SubmissionSummary> submissions,
    List<HistoryEntry> history) {

  public Optional<FollowUpAnswer> answerTo(long indicatorId) {
    return Optional.ofNullable(answers.get(indicatorId));
  }

  public List<FollowUpFigure> figuresOf(FollowUpAnswer answer) {
    return figures.getOrDefault(answer.id(), List.of());
  }

  /** RUG's latest feedback, if the report was returned or reviewed. */
  public Optional<String> latestComment() {
    return submissions.isEmpty() ? Optional.empty() : submissions.get(submissions.size() - 1).reviewComment();
  }
}
