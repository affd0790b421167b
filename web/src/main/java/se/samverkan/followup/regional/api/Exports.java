package se.samverkan.followup.regional.api;

import se.samverkan.followup.regional.Compilation;
import se.samverkan.followup.regional.CompilationCsv;
import se.samverkan.followup.regional.CompilationPdf;
import se.samverkan.followup.regional.CompilationWorkbook;

/** One place that turns a compilation into a file, for the API and the UI's export servlet alike. */
public final class Exports {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String CSV = "text/csv; charset=UTF-8";

  public record File(byte[] bytes, String mediaType, String name) {}

  private Exports() {}

  /** @param working whether it is the working compilation (said on the PDF's first page) */
  public static File of(Compilation c, String format, boolean working) {
    String name = "regional-uppfoljning-" + c.year() + "-" + c.audienceValue().slug();
    return switch (format) {
      case "pdf" -> new File(CompilationPdf.of(c, working ? "Arbetsversion / Working draft" : "Publicerad / Published"),
          "application/pdf", name + ".pdf");
      case "xlsx" -> new File(CompilationWorkbook.of(c), XLSX, name + ".xlsx");
      case "csv" -> new File(CompilationCsv.of(c), CSV, name + ".csv");
      default -> throw new jakarta.ws.rs.NotFoundException();
    };
  }
}
