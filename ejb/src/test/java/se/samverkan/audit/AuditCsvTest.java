package se.samverkan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void quotesWhatWouldBreakTheRowAndDisarmsFormulas() {
    StringWriter out = new StringWriter();
    AuditCsv csv = new AuditCsv(out);
    csv.header();
    csv.row(new AuditEvent(UUID.fromString("0b5a1f0e-7c52-4c43-9f0e-3f6f0d1a2b3c"), OffsetDateTime.parse("2026-11-23T10:15:30Z"), "=HYPERLINK(\"x\")",
        Optional.empty(), AuditAction.UPDATE, "group_member", "12",
        "{\"name\": {\"after\": \"Anna, \\\"Sam\\\"\", \"before\": \"Anna\"}}"));

    assertThat(out.toString()).isEqualTo(AuditCsv.HEADER
        + "0b5a1f0e-7c52-4c43-9f0e-3f6f0d1a2b3c,2026-11-23T10:15:30Z,\"'=HYPERLINK(\"\"x\"\")\",,UPDATE,group_member,12,"
        + "\"{\"\"name\"\": {\"\"after\"\": \"\"Anna, \\\"\"Sam\\\"\"\"\", \"\"before\"\": \"\"Anna\"\"}}\"\r\n");
  }

  @Test
  void plainCellsStayAsTheyAre() {
    assertThat(AuditCsv.cell("coordination_group")).isEqualTo("coordination_group");
    assertThat(AuditCsv.cell("")).isEmpty();
    assertThat(AuditCsv.cell("-1")).isEqualTo("'-1");
    assertThat(AuditCsv.cell("a\nb")).isEqualTo("\"a\nb\"");
  }
}
