package se.samverkan.followup.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.followup.quarterly.RowProblem.Kind;
import se.samverkan.tenants.TenantKind;

class CsvUploadTest {

  private static final Definition READMISSIONS = new Definition(1, "READM", "Återinskrivningar", "Readmissions", null,
      Unit.PERCENT, Better.LOWER, ReportedBy.MUNICIPALITIES, Quarter.parse("2023-Q1"),
      Optional.of(Quarter.parse("2025-Q4")), false, 1);
  private static final Definition CHANGE = new Definition(2, "CHANGE", "Förändring", "Change", null,
      Unit.CHANGE_PERCENT, Better.HIGHER, ReportedBy.MUNICIPALITIES, Quarter.parse("2023-Q1"), Optional.empty(),
      false, 1);
  private static final Definition REGIONAL = new Definition(3, "REGIONAL", "Regionens", "The region's", null,
      Unit.COUNT, Better.LOWER, ReportedBy.REGION, Quarter.parse("2023-Q1"), Optional.empty(), false, 1);
  private static final Definition OLD = new Definition(4, "OLD", "Gammal", "Old", null,
      Unit.COUNT, Better.LOWER, ReportedBy.MUNICIPALITIES, Quarter.parse("2020-Q1"), Optional.of(Quarter.parse("2022-Q4")),
      true, 1);
  private static final Map<String, Definition> BY_CODE =
      Map.of("READM", READMISSIONS, "CHANGE", CHANGE, "REGIONAL", REGIONAL, "OLD", OLD);
  private static final Quarter NOW = Quarter.parse("2026-Q4");

  private static CsvUpload.Checked check(String text) {
    return CsvUpload.check(text.getBytes(StandardCharsets.UTF_8), BY_CODE, TenantKind.MUNICIPALITY, NOW);
  }

  @Test
  void readsSemicolonsDecimalCommaAndByteOrderMark() {
    CsvUpload.Checked checked = check("\uFEFFdefinition_code;quarter;value\r\nREADM;2025-Q1;12,5\r\n"
        + "readm;2025-Q2; 1 1,25 \r\nCHANGE;2026-Q4;-3\r\n\r\n");
    assertThat(checked.problems()).isEmpty();
    assertThat(checked.rows()).extracting(r -> r.definition().code() + " " + r.quarter() + " " + r.value().toPlainString())
        .containsExactly("READM 2025-Q1 12.5", "READM 2025-Q2 11.25", "CHANGE 2026-Q4 -3");
  }

  @Test
  void readsCommasWithQuotedDecimalComma() {
    CsvUpload.Checked checked = check("Definition_code,Quarter,Value\nREADM,2025-Q1,\"12,5\"\nREADM,2025-Q2,13.5\n");
    assertThat(checked.problems()).isEmpty();
    assertThat(checked.rows()).extracting(r -> r.value().toPlainString()).containsExactly("12.5", "13.5");
  }

  @Test
  void namesEveryBadLineAndKeepsNone() {
    CsvUpload.Checked checked = check(String.join("\n",
        "definition_code;quarter;value",
        "READM;2025-Q1;12,5",
        "NOPE;2025-Q1;1",
        "READM;2025-Q9;1",
        "READM;2022-Q4;1",
        "READM;2025-Q2;lots",
        "READM;2025-Q3;-1",
        "READM;2025-Q1;13",
        "READM;2025-Q4",
        "REGIONAL;2025-Q1;4",
        "OLD;2021-Q1;4",
        "READM;2025-Q4;101",
        "CHANGE;2027-Q1;1",
        "READM;2024-Q1;1,2345"));
    assertThat(checked.rows()).isEmpty();
    assertThat(checked.problems()).extracting(p -> p.line() + " " + p.kind()).containsExactly(
        "3 UNKNOWN_CODE", "4 BAD_QUARTER", "5 OUTSIDE_PERIOD", "6 NOT_A_NUMBER", "7 NEGATIVE", "8 DUPLICATE",
        "9 FIELD_COUNT", "10 NOT_REPORTED_BY_YOU", "11 RETIRED", "12 ABOVE_MAXIMUM", "13 FUTURE_QUARTER",
        "14 TOO_MANY_DECIMALS");
    assertThat(checked.problems().get(5).message()).isEqualTo("Line 8: the same indicator and quarter as line 2");
  }

  @Test
  void refusesFilesWithoutHeaderRowsOrTooLarge() {
    assertThat(check("READM;2025-Q1;1\n").problems()).extracting(RowProblem::kind).containsExactly(Kind.NO_HEADER);
    assertThat(check("definition_code;quarter;value\n\n").problems()).extracting(RowProblem::kind)
        .containsExactly(Kind.NO_ROWS);
    assertThat(check("").problems()).extracting(RowProblem::kind).containsExactly(Kind.NO_ROWS);
    assertThat(CsvUpload.check(new byte[CsvUpload.MAX_BYTES + 1], BY_CODE, TenantKind.MUNICIPALITY, NOW).problems())
        .extracting(RowProblem::kind).containsExactly(Kind.FILE_TOO_LARGE);
    assertThat(CsvUpload.check(new byte[] {'a', (byte) 0xC3, '(', '\n'}, BY_CODE, TenantKind.MUNICIPALITY, NOW)
        .problems()).extracting(RowProblem::kind).containsExactly(Kind.NOT_UTF8);
    StringBuilder many = new StringBuilder("definition_code;quarter;value\n");
    for (int i = 0; i <= CsvUpload.MAX_ROWS; i++) {
      many.append("READM;2025-Q1;1\n");
    }
    assertThat(check(many.toString()).problems()).extracting(RowProblem::kind).containsExactly(Kind.TOO_MANY_ROWS);
  }
}
