package se.samverkan.followup.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.followup.FollowUpAnswer;
import se.samverkan.followup.FollowUpFigure;
import se.samverkan.followup.IndicatorKind;
import se.samverkan.followup.IndicatorRow;
import se.samverkan.followup.ReportDetails;

/** A group's report as its municipality reads it. */
public record ReportView(
    long id, long groupId, String groupName, int year, long indicatorSetId, String indicatorSetName,
    String state, boolean editable, boolean canWrite, boolean canSubmit, LocalDate deadline,
    OffsetDateTime submittedAt, String reviewComment, List<AnswerView> answers, List<HistoryView> history,
    long version) {

  static ReportView of(ReportDetails d) {
    List<AnswerView> answers = new ArrayList<>();
    for (IndicatorRow indicator : d.indicators()) {
      var definition = indicator.definition();
      FollowUpAnswer answer = d.answerTo(indicator.id()).orElse(null);
      List<FigureView> figures = new ArrayList<>();
      if (answer != null && indicator.kind() == IndicatorKind.RECORDED_COUNT) {
        for (FollowUpFigure f : d.figuresOf(answer)) {
          figures.add(new FigureView(f.key(), f.recordedValue(), f.value(), f.reason().orElse(null),
              Sources.describe(definition.source().orElseThrow(), f.key(), d.report().year())));
        }
      }
      answers.add(new AnswerView(indicator.id(), definition.code(), definition.heading(), definition.kind().name(),
          answer == null ? null : answer.text().orElse(null),
          answer == null ? null : answer.number().orElse(null),
          answer == null ? null : answer.choice().orElse(null),
          answer == null ? List.of() : answer.table(), figures, answer == null ? null : answer.version()));
    }
    return new ReportView(d.report().id(), d.report().groupId(), d.groupName(), d.report().year(), d.set().id(),
        d.set().name(), d.state().name(), d.editable(), d.canWrite(), d.canSubmit(), d.deadline().orElse(null),
        d.report().submittedAt().orElse(null), d.latestComment().orElse(null), answers,
        d.history().stream().map(HistoryView::of).toList(), d.report().version());
  }
}
