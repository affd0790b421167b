package se.samverkan.followup.regional;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.followup.regional.Inputs.FigureValue;
import se.samverkan.followup.regional.Inputs.GroupRow;
import se.samverkan.followup.regional.Inputs.SubmissionRow;
import se.samverkan.followup.regional.Inputs.ValueRow;

class CompilerTest {

  private static final List<Compiler.Party> PARTIES =
      List.of(new Compiler.Party("a", "Alby"), new Compiler.Party("b", "Bby"), new Compiler.Party("c", "Cby"));

  @Test
  void sumsOnlyApprovedSubmissionsPerMunicipalityAndSaysHowManyGroups() {
    Inputs inputs = new Inputs(
        List.of(
            new SubmissionRow(1, "a", 11, "Alby SSGB", 2025, "APPROVED", "Bra"),
            new SubmissionRow(2, "a", 12, "Alby SSGB 2", 2025, "APPROVED", null),
            new SubmissionRow(3, "b", 21, "Bby SSGB", 2025, "SUBMITTED", null),
            new SubmissionRow(4, "c", 31, "Cby SSGB", 2025, "RETURNED", "Komplettera"),
            new SubmissionRow(5, "b", 21, "Bby SSGB", 2024, "APPROVED", null)),
        List.of(
            value(1, "N", "NUMBER", "3", null), value(2, "N", "NUMBER", "4.5", null),
            value(3, "N", "NUMBER", "100", null), value(4, "N", "NUMBER", "100", null),
            value(5, "N", "NUMBER", "7", null),
            value(1, "D", "RECORDED_COUNT", null, null), value(2, "D", "RECORDED_COUNT", null, null),
            value(1, "T", "TEXT", null, "Analys A1"), value(3, "T", "TEXT", null, "utkast?")),
        List.of(figure(1, "D", "X", 0, 2), figure(1, "D", "Y", 1, 1), figure(2, "D", "X", 0, 5)),
        List.of(new GroupRow(11, "a", "Alby SSGB"), new GroupRow(12, "a", "Alby SSGB 2"),
            new GroupRow(21, "b", "Bby SSGB"), new GroupRow(31, "c", "Cby SSGB")));

    Compilation c = new Compiler(2025, PARTIES, inputs).compile(Audience.CHILDREN, Instant.EPOCH, "s", "p");

    Compilation.FigureTable numbers = c.sideBySide().stream().filter(t -> t.code().equals("N")).findFirst().orElseThrow();
    assertThat(numbers.rows()).extracting(Compilation.FigureRow::total)
        .containsExactly(new BigDecimal("7.5"), null, null);
    assertThat(numbers.rows().get(0).groups()).isEqualTo(2);
    Compilation.FigureTable counts = c.sideBySide().stream().filter(t -> t.code().equals("D")).findFirst().orElseThrow();
    assertThat(counts.columns()).containsExactly("X", "Y");
    assertThat(counts.rows().get(0).values()).containsExactly(BigDecimal.valueOf(7), BigDecimal.valueOf(1));
    assertThat(counts.rows().get(0).total()).isEqualTo(BigDecimal.valueOf(8));
    Compilation.Trend trend = c.overTheYears().stream().filter(t -> t.code().equals("N")).findFirst().orElseThrow();
    assertThat(trend.years()).extracting(Compilation.YearRow::year).containsExactly(2024, 2025);
    assertThat(trend.years().get(0).values()).containsExactly(null, BigDecimal.valueOf(7), null);
    assertThat(c.analyses()).singleElement().satisfies(a ->
        assertThat(a.texts()).extracting(Compilation.GroupText::text).containsExactly("Analys A1"));
    assertThat(c.feedback()).extracting(Compilation.GroupFeedback::comment).containsExactly("Bra", null);
    assertThat(c.missing()).extracting(Compilation.MissingGroup::group, Compilation.MissingGroup::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Bby SSGB", "SUBMITTED"),
            org.assertj.core.groups.Tuple.tuple("Cby SSGB", "RETURNED"));
    assertThat(c.approvedGroups()).isEqualTo(2);
    assertThat(c.expectedGroups()).isEqualTo(4);
  }

  @Test
  void csvIsSemicolonSeparatedWithAByteOrderMarkAndDisarmsFormulas() {
    Inputs inputs = new Inputs(List.of(new SubmissionRow(1, "a", 11, "G", 2025, "APPROVED", null)),
        List.of(new ValueRow(1, "N", "=SUM(A1); hej", "NUMBER", 1, BigDecimal.TEN, null)), List.of(),
        List.of(new GroupRow(11, "a", "G")));
    Compilation c = new Compiler(2025, PARTIES, inputs).compile(Audience.ADULTS, Instant.EPOCH, null, null);
    String csv = new String(CompilationCsv.of(c), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF" + CompilationCsv.HEADER);
    assertThat(csv).contains("N;\"'=SUM(A1); hej\";;2025;Alby;1;10\r\n");
  }

  private static ValueRow value(long submission, String code, String kind, String number, String text) {
    return new ValueRow(submission, code, "Rubrik " + code, kind, code.charAt(0), number == null ? null
        : new BigDecimal(number), text);
  }

  private static FigureValue figure(long submission, String code, String key, int position, long value) {
    return new FigureValue(submission, code, key, position, value);
  }
}
