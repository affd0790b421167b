package se.samverkan.agreement;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;

/**
 * A version as a PDF document (OpenPDF): title, validity, sections as plain text (the markup's
 * emphasis dropped), the responsibility matrix, terms, related documents and adoption. Helvetica's
 * Windows-1252 encoding covers Swedish letters.
 */
@ApplicationScoped
public class AgreementPdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 10);
  private static final Font SMALL_BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);

  public byte[] of(VersionContent content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      VersionSummary v = content.version();
      document.addTitle(v.agreementTitle() + " – version " + v.number());
      document.open();
      document.add(new Paragraph(v.agreementTitle(), TITLE));
      document.add(new Paragraph("Version " + v.number() + " · " + v.status() + " · "
          + v.validFrom() + " – " + v.validTo(), TEXT));
      if (v.revisedBy() != null) {
        document.add(new Paragraph("Reviderad av / Revised by: " + v.revisedBy(), TEXT));
      }
      for (SectionRecord section : content.sections()) {
        Paragraph heading = new Paragraph(section.heading(), HEADING);
        heading.setSpacingBefore(12);
        document.add(heading);
        for (String paragraph : Markup.plain(section.body()).split("\\n\\s*\\n")) {
          Paragraph text = new Paragraph(paragraph.strip(), TEXT);
          text.setSpacingBefore(4);
          document.add(text);
        }
      }
      if (!content.responsibilities().isEmpty()) {
        document.add(heading("Ansvarsfördelning / Responsibilities"));
        PdfPTable table = new PdfPTable(new float[] {2, 3, 3});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : new String[] {"Målgrupp", "Regionen", "Kommunen"}) {
          table.addCell(new PdfPCell(new Phrase(header, SMALL_BOLD)));
        }
        for (ResponsibilityRecord row : content.responsibilities()) {
          table.addCell(new Phrase(row.targetGroup(), TEXT));
          table.addCell(new Phrase(row.regionPart(), TEXT));
          table.addCell(new Phrase(row.municipalityPart(), TEXT));
        }
        table.setSpacingBefore(6);
        document.add(table);
      }
      if (!content.terms().isEmpty()) {
        document.add(heading("Definitioner / Definitions"));
        for (TermRecord term : content.terms()) {
          Paragraph p = new Paragraph();
          p.add(new Chunk(term.term() + ": ", SMALL_BOLD));
          p.add(new Chunk(term.meaning(), TEXT));
          document.add(p);
        }
      }
      if (!content.documents().isEmpty()) {
        document.add(heading("Relaterade dokument / Related documents"));
        for (DocumentRecord related : content.documents()) {
          document.add(new Paragraph(related.title() + " – " + related.url(), TEXT));
        }
      }
      document.add(heading("Beslut / Decisions"));
      for (Adoption adoption : content.adoption()) {
        document.add(new Paragraph(adoption.partyName() + ": " + adoption.decision()
            .map(d -> d.body() + ", " + d.decidedOn() + ", " + d.reference())
            .orElse("inte beslutat / not decided"), TEXT));
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the PDF of the version could not be written", e);
    }
    return out.toByteArray();
  }

  private static Paragraph heading(String text) {
    Paragraph heading = new Paragraph(text, HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(4);
    return heading;
  }
}
