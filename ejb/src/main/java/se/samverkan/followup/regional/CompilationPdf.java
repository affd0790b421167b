package se.samverkan.followup.regional;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.followup.regional.Compilation.AnalysisSet;
import se.samverkan.followup.regional.Compilation.FigureRow;
import se.samverkan.followup.regional.Compilation.FigureTable;
import se.samverkan.followup.regional.Compilation.GroupFeedback;
import se.samverkan.followup.regional.Compilation.GroupText;
import se.samverkan.followup.regional.Compilation.MissingGroup;
import se.samverkan.followup.regional.Compilation.Trend;
import se.samverkan.followup.regional.Compilation.YearRow;

/**
 * A regional follow-up as people would print it (OpenPDF, as {@code agreement.AgreementPdf}):
 * summary, the figures side by side and over the years as tables, the groups' analyses, RUG's
 * feedback, the priorities and the groups still missing. Helvetica's Windows-1252 encoding covers
 * Swedish letters.
 */
public final class CompilationPdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font SUBHEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 9);
  private static final Font SMALL_BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);

  private CompilationPdf() {}

  public static byte[] of(Compilation c, String status) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
    try {
      PdfWriter.getInstance(document, out);
      String title = "Regional uppföljning " + c.year() + " – " + Figures.audienceName(c.audienceValue());
      document.addTitle(title);
      document.open();
      document.add(new Paragraph(title, TITLE));
      document.add(new Paragraph(status + " · " + c.approvedGroups() + " av " + c.expectedGroups()
          + " grupper godkända / groups approved", TEXT));
      document.add(heading("Sammanfattning / Summary"));
      document.add(new Paragraph(orNone(c.summary()), TEXT));
      document.add(heading("Kommunernas siffror " + c.year() + " / Figures side by side"));
      for (FigureTable table : c.sideBySide()) {
        document.add(subheading(table.heading()));
        List<String> headers = new ArrayList<>(List.of("Kommun / Municipality"));
        headers.addAll(table.columns().isEmpty() ? List.of("Värde / Value") : table.columns());
        if (!table.columns().isEmpty()) {
          headers.add("Summa / Total");
        }
        PdfPTable pdf = table(headers);
        for (FigureRow row : table.rows()) {
          pdf.addCell(new Phrase(row.party() + (row.groups() > 1 ? " (" + row.groups() + " grupper, summerat)" : ""),
              TEXT));
          if (table.columns().isEmpty()) {
            pdf.addCell(new Phrase(Figures.text(row.total()), TEXT));
          } else {
            row.values().forEach(v -> pdf.addCell(new Phrase(Figures.text(v), TEXT)));
            pdf.addCell(new Phrase(Figures.text(row.total()), TEXT));
          }
        }
        document.add(pdf);
      }
      document.add(heading("Över åren / Over the years"));
      for (Trend trend : c.overTheYears()) {
        document.add(subheading(trend.heading()));
        List<String> headers = new ArrayList<>(List.of("År / Year"));
        headers.addAll(c.parties());
        PdfPTable pdf = table(headers);
        for (YearRow row : trend.years()) {
          pdf.addCell(new Phrase(String.valueOf(row.year()), TEXT));
          row.values().forEach(v -> pdf.addCell(new Phrase(Figures.text(v), TEXT)));
        }
        document.add(pdf);
      }
      document.add(heading("Gruppernas analyser / The groups' analyses"));
      for (AnalysisSet set : c.analyses()) {
        document.add(subheading(set.heading()));
        for (GroupText text : set.texts()) {
          document.add(new Paragraph(text.group() + " (" + text.party() + ")", SMALL_BOLD));
          document.add(new Paragraph(text.text(), TEXT));
        }
      }
      document.add(heading("RUG:s återkoppling / RUG's feedback"));
      for (GroupFeedback feedback : c.feedback()) {
        document.add(new Paragraph(feedback.group() + " (" + feedback.party() + ")", SMALL_BOLD));
        document.add(new Paragraph(orNone(feedback.comment()), TEXT));
      }
      document.add(heading("Regionala prioriteringar för nästa år / Regional priorities for next year"));
      document.add(new Paragraph(orNone(c.priorities()), TEXT));
      document.add(heading("Grupper som saknas / Groups missing"));
      if (c.missing().isEmpty()) {
        document.add(new Paragraph("Inga – alla grupper är godkända / None: every group is approved", TEXT));
      }
      for (MissingGroup missing : c.missing()) {
        document.add(new Paragraph(missing.group() + " (" + missing.party() + "): " + Figures.state(missing.state()),
            TEXT));
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the PDF of the regional follow-up could not be written", e);
    }
    return out.toByteArray();
  }

  private static PdfPTable table(List<String> headers) {
    PdfPTable table = new PdfPTable(headers.size());
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingBefore(4);
    for (String header : headers) {
      table.addCell(new PdfPCell(new Phrase(header, SMALL_BOLD)));
    }
    return table;
  }

  private static String orNone(String text) {
    return text == null || text.isBlank() ? "Inte skrivet / Not written" : text;
  }

  private static Paragraph heading(String text) {
    Paragraph heading = new Paragraph(text, HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(4);
    return heading;
  }

  private static Paragraph subheading(String text) {
    Paragraph heading = new Paragraph(text, SUBHEADING);
    heading.setSpacingBefore(8);
    return heading;
  }
}
