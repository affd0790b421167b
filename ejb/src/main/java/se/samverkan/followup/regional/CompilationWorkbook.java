package se.samverkan.followup.regional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.samverkan.followup.regional.Compilation.FigureRow;
import se.samverkan.followup.regional.Compilation.FigureTable;
import se.samverkan.followup.regional.Compilation.Trend;
import se.samverkan.followup.regional.Compilation.YearRow;

/**
 * A regional follow-up's figures as an XLSX workbook (fastexcel, as
 * {@code portfolio.PortfolioWorkbook}): one sheet side by side (a row per indicator, figure and
 * municipality), one over the years (a row per indicator, year and municipality). Long rows
 * rather than wide blocks, so a spreadsheet's filters and pivot tables work on them. Headers in
 * Swedish, the product's first language.
 */
public final class CompilationWorkbook {

  static final String[] SIDE_BY_SIDE = {"Indikator", "Rubrik", "Kategori", "Kommun", "Grupper", "Värde"};
  static final String[] OVER_THE_YEARS = {"Indikator", "Rubrik", "År", "Kommun", "Värde"};

  private CompilationWorkbook() {}

  public static byte[] of(Compilation c) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "Samverkan", "1.0");
      Worksheet side = workbook.newWorksheet("Kommunerna " + c.year());
      header(side, SIDE_BY_SIDE);
      int r = 1;
      for (FigureTable table : c.sideBySide()) {
        for (FigureRow row : table.rows()) {
          for (int i = 0; i < table.columns().size(); i++) {
            sideRow(side, r++, table, table.columns().get(i), row, row.values().get(i));
          }
          sideRow(side, r++, table, table.columns().isEmpty() ? "" : "Summa", row, row.total());
        }
      }
      side.width(1, 40);
      side.width(3, 20);
      Worksheet years = workbook.newWorksheet("Över åren");
      header(years, OVER_THE_YEARS);
      r = 1;
      for (Trend trend : c.overTheYears()) {
        for (YearRow year : trend.years()) {
          for (int p = 0; p < c.parties().size(); p++) {
            years.value(r, 0, trend.code());
            years.value(r, 1, trend.heading());
            years.value(r, 2, year.year());
            years.value(r, 3, c.parties().get(p));
            number(years, r, 4, year.values().get(p));
            r++;
          }
        }
      }
      years.width(1, 40);
      years.width(3, 20);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the regional follow-up workbook", e);
    }
    return bytes.toByteArray();
  }

  private static void sideRow(Worksheet sheet, int r, FigureTable table, String category, FigureRow row,
      BigDecimal value) {
    sheet.value(r, 0, table.code());
    sheet.value(r, 1, table.heading());
    sheet.value(r, 2, category);
    sheet.value(r, 3, row.party());
    sheet.value(r, 4, row.groups());
    number(sheet, r, 5, value);
  }

  private static void number(Worksheet sheet, int r, int c, BigDecimal value) {
    if (value != null) {
      sheet.value(r, c, value);
    }
  }

  private static void header(Worksheet sheet, String[] headers) {
    for (int c = 0; c < headers.length; c++) {
      sheet.value(0, c, headers[c]);
      sheet.style(0, c).bold().set();
    }
  }
}
