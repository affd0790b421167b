package se.samverkan.followup.regional;

import java.nio.charset.StandardCharsets;
import se.samverkan.shared.CsvCell;
import se.samverkan.followup.regional.Compilation.FigureRow;
import se.samverkan.followup.regional.Compilation.FigureTable;
import se.samverkan.followup.regional.Compilation.Trend;
import se.samverkan.followup.regional.Compilation.YearRow;

/**
 * A regional follow-up's figures as CSV for Swedish spreadsheets: {@code ;} between cells, a UTF-8
 * byte order mark (so Excel reads å, ä, ö), one row per indicator, category, municipality and
 * year (the year's figures and the earlier years' totals alike); cells through {@link CsvCell}.
 */
public final class CompilationCsv {

  static final String HEADER = "indikator;rubrik;kategori;år;kommun;grupper;värde\r\n";

  private CompilationCsv() {}

  public static byte[] of(Compilation c) {
    StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER);
    for (FigureTable table : c.sideBySide()) {
      for (FigureRow row : table.rows()) {
        for (int i = 0; i < table.columns().size(); i++) {
          line(csv, table.code(), table.heading(), table.columns().get(i), c.year(), row.party(),
              String.valueOf(row.groups()), Figures.plain(row.values().get(i)));
        }
        line(csv, table.code(), table.heading(), table.columns().isEmpty() ? "" : "SUMMA", c.year(), row.party(),
            String.valueOf(row.groups()), Figures.plain(row.total()));
      }
    }
    for (Trend trend : c.overTheYears()) {
      for (YearRow year : trend.years()) {
        if (year.year() == c.year()) {
          continue;
        }
        for (int p = 0; p < c.parties().size(); p++) {
          line(csv, trend.code(), trend.heading(), "SUMMA", year.year(), c.parties().get(p), "",
              Figures.plain(year.values().get(p)));
        }
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder csv, String code, String heading, String category, int year, String party,
      String groups, String value) {
    csv.append(String.join(";", cell(code), cell(heading), cell(category), String.valueOf(year), cell(party), groups,
        value)).append("\r\n");
  }

  static String cell(String value) {
    return CsvCell.of(value, ';');
  }
}
