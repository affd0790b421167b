package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.shared.InvalidInputException;

class FollowUpRulesTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-02-10T10:00:00+01:00");

  @Test
  void anIndicatorCarriesOnlyWhatItsKindUses() {
    assertThatThrownBy(() -> definition(IndicatorKind.RECORDED_COUNT, Optional.empty(), List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("source");
    assertThatThrownBy(() -> definition(IndicatorKind.TEXT, Optional.of(IndicatorSource.DISPUTES), List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("source");
    assertThatThrownBy(() -> definition(IndicatorKind.CHOICE, Optional.empty(), List.of(" "), List.of()))
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("choices");
    assertThatThrownBy(() -> definition(IndicatorKind.NUMBER, Optional.empty(), List.of(), List.of("Kolumn")))
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("tableColumns");
    assertThat(definition(IndicatorKind.CHOICE, Optional.empty(), List.of(" Ja ", "", "Nej"), List.of()).choices())
        .containsExactly("Ja", "Nej");
    assertThat(DefaultIndicators.definitions()).extracting(IndicatorDefinition::code).doesNotHaveDuplicates();
  }

  @Test
  void aTableKeepsItsRowsAndCellsWhateverTheCellsHold() {
    List<List<String>> rows = List.of(List.of("SIP\tochså", "Region"), List.of("", "Kommun\nHylte"));
    assertThat(TableCells.decode(TableCells.encode(rows)))
        .containsExactly(List.of("SIP ochså", "Region"), List.of("", "Kommun Hylte"));
    assertThat(TableCells.encode(List.of())).isNull();
    assertThat(TableCells.decode(null)).isEmpty();
  }

  @Test
  void aFigureThatDiffersFromTheRecordsNeedsAReason() {
    FollowUpFigure figure = new FollowUpFigure(1, 1, "OTHER", 2);
    assertThatThrownBy(() -> figure.report(3, Optional.of("  ")))
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("figures.OTHER.reason");
    figure.report(3, Optional.of("Två kom in på papper"));
    assertThat(figure.reason()).contains("Två kom in på papper");
    figure.report(2, Optional.of("ingen ändring längre"));
    assertThat(figure.reason()).as("back to the records: no reason kept").isEmpty();
  }

  @Test
  void theReportsStateFollowsItsLastMoveAndRugsVerdict() {
    FollowUpReport report = new FollowUpReport(1, 2025, 1, NOW, "Samordnare");
    assertThat(FollowUpService.state(report, List.of())).isEqualTo(ReportState.DRAFT);
    report.submit(NOW, "Samordnare");
    assertThat(FollowUpService.state(report, List.of(submission(SubmissionStatus.SUBMITTED))))
        .isEqualTo(ReportState.SUBMITTED);
    assertThat(FollowUpService.state(report, List.of(submission(SubmissionStatus.RETURNED))))
        .isEqualTo(ReportState.RETURNED);
    report.edited(NOW, "Ledamot");
    assertThat(FollowUpService.state(report, List.of(submission(SubmissionStatus.RETURNED))))
        .as("edited after the return: a draft again").isEqualTo(ReportState.DRAFT);
    assertThat(SubmissionStatus.APPROVED.opensTheReport()).isFalse();
    assertThat(SubmissionStatus.REOPENED.opensTheReport()).isTrue();
  }

  private static IndicatorDefinition definition(IndicatorKind kind, Optional<IndicatorSource> source,
      List<String> choices, List<String> columns) {
    return new IndicatorDefinition("CODE", "Rubrik", Optional.empty(), kind, source, choices, columns, true);
  }

  private static SubmissionSummary submission(SubmissionStatus status) {
    return new SubmissionSummary(1, "hylte", 1, "SSGB Hylte", 2025, 1, 1, NOW, "Samordnare", status,
        Optional.empty(), Optional.empty(), Optional.empty(), 0);
  }
}
