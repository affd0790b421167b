package se.samverkan.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import se.samverkan.shared.CsvCell;

/**
 * The trail as CSV (RFC 4180) for spreadsheets and archives; cells through {@link CsvCell}, so an
 * exported trail cannot run anything when opened.
 */
public final class AuditCsv {

  static final String HEADER = "id,occurred_at,actor,request_id,action,object_type,object_id,changes\r\n";

  private final Writer out;

  public AuditCsv(Writer out) {
    this.out = out;
  }

  public void header() {
    write(HEADER);
  }

  public void row(AuditEvent event) {
    write(String.join(",", String.valueOf(event.id()), event.occurredAt().toString(), cell(event.actor()),
        cell(event.requestId().orElse("")), event.action().name(), cell(event.objectType()),
        cell(event.objectId()), cell(event.changes())) + "\r\n");
  }

  static String cell(String value) {
    return CsvCell.of(value, ',');
  }

  private void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
