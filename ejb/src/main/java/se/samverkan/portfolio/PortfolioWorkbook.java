package se.samverkan.portfolio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.samverkan.shared.Money;

/**
 * The portfolio as an XLSX workbook (fastexcel): one row per project, the regional financing as an
 * exact number of kronor with two decimals, dates as dates, and a last row with the total.
 * Headers are Swedish, the product's first language.
 */
public final class PortfolioWorkbook {

  static final String[] HEADERS = {
    "Målområde", "Projekt", "Ägare", "Regional finansiering (kr)", "Start", "Slut", "Senaste period", "Status",
    "Kommentar"
  };

  private PortfolioWorkbook() {}

  public static byte[] of(List<ProjectRow> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "Samverkan", "1.0");
      Worksheet sheet = workbook.newWorksheet("Projektportfölj");
      for (int c = 0; c < HEADERS.length; c++) {
        sheet.value(0, c, HEADERS[c]);
        sheet.style(0, c).bold().set();
      }
      Money total = Money.ZERO;
      int r = 1;
      for (ProjectRow row : rows) {
        Project project = row.project();
        sheet.value(r, 0, row.goalArea());
        sheet.value(r, 1, project.name());
        sheet.value(r, 2, project.ownerOrganisation());
        sheet.value(r, 3, project.regionalFinancing().kronor());
        sheet.style(r, 3).format("#,##0.00").set();
        sheet.value(r, 4, project.startsOn());
        sheet.style(r, 4).format("yyyy-mm-dd").set();
        sheet.value(r, 5, project.endsOn());
        sheet.style(r, 5).format("yyyy-mm-dd").set();
        if (row.latest().isPresent()) {
          sheet.value(r, 6, row.latest().get().period());
          sheet.value(r, 7, row.latest().get().status().name());
          if (row.latest().get().comment() != null) {
            sheet.value(r, 8, row.latest().get().comment());
          }
        }
        total = total.plus(project.regionalFinancing());
        r++;
      }
      sheet.value(r, 0, "Summa");
      sheet.style(r, 0).bold().set();
      sheet.value(r, 3, total.kronor());
      sheet.style(r, 3).bold().format("#,##0.00").set();
      sheet.width(0, 30);
      sheet.width(1, 40);
      sheet.width(2, 24);
      sheet.width(3, 22);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the portfolio workbook", e);
    }
    return bytes.toByteArray();
  }
}
