package se.samverkan.followup.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.followup.IndicatorKind;
import se.samverkan.followup.IndicatorRow;
import se.samverkan.followup.SubmissionDetails;
import se.samverkan.followup.SubmissionSummary;
import se.samverkan.followup.SubmittedAnswer;
import se.samverkan.followup.SubmittedFigure;

/** A submission as RUG reads it; answers and history when one submission is read. */
public record SubmissionView(
    long id, String party, String partyName, long groupId, String groupName, String groupKind, int year,
    long indicatorSetId, int sequence, OffsetDateTime submittedAt, String submittedBy, String status,
    OffsetDateTime reviewedAt, String reviewedBy, String reviewComment, Boolean latest,
    List<AnswerView> answers, List<HistoryView> history, long version) {

  static SubmissionView of(SubmissionSummary s) {
    return new SubmissionView(s.id(), s.partyId(), null, s.groupId(), s.groupName(), null, s.year(), 0,
        s.sequence(), s.submittedAt(), s.submittedBy(), s.status().name(), s.reviewedAt().orElse(null),
        s.reviewedBy().orElse(null), s.reviewComment().orElse(null), null, null, null, s.version());
  }

  static SubmissionView of(SubmissionDetails d) {
    List<AnswerView> answers = new ArrayList<>();
    for (IndicatorRow indicator : d.indicators()) {
      var definition = indicator.definition();
      SubmittedAnswer answer = d.answerTo(indicator.id()).orElse(null);
      List<FigureView> figures = new ArrayList<>();
      if (answer != null && indicator.kind() == IndicatorKind.RECORDED_COUNT) {
        for (SubmittedFigure f : d.figuresOf(answer)) {
          figures.add(new FigureView(f.key(), f.recordedValue(), f.value(), f.reason().orElse(null),
              Sources.describe(definition.source().orElseThrow(), f.key(), d.submission().year())));
        }
      }
      var value = answer == null ? null : answer.value();
      answers.add(new AnswerView(indicator.id(), definition.code(), definition.heading(), definition.kind().name(),
          value == null ? null : value.text().orElse(null), value == null ? null : value.number().orElse(null),
          value == null ? null : value.choice().orElse(null), value == null ? List.of() : value.table(), figures,
          null));
    }
    SubmissionSummary s = d.submission();
    return new SubmissionView(s.id(), s.partyId(), d.partyName(), s.groupId(), s.groupName(), d.groupKind().name(),
        s.year(), d.set().id(), s.sequence(), s.submittedAt(), s.submittedBy(), s.status().name(),
        s.reviewedAt().orElse(null), s.reviewedBy().orElse(null), s.reviewComment().orElse(null), d.latest(),
        answers, d.history().stream().map(HistoryView::of).toList(), s.version());
  }
}
