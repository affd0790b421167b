package se.samverkan.it.followup.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Database.count;
import static se.samverkan.it.support.Database.setTenant;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.VARBERG;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The regional follow-up end to end on generated reports: the compilation sums the approved
 * inputs only; nobody outside RUG and the secretariat reads anything before publication, the whole
 * area (and the user organisation's observer) after it, in the API and in the database; a
 * publication stays as published; the exports open.
 */
@ExtendWith(ArquillianExtension.class)
public class RegionalFollowupApiIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Api api;
  private Tokens tokens;
  private Database database;
  private Coordination coordination;
  private Scenario scenario;
  private String rug;

  @BeforeEach
  void setUp() throws SQLException {
    stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    database = new Database(stack);
    coordination = new Coordination(api, tokens);
    scenario = new Scenario(database);
    rug = tokens.of(Halland.user(REGION, "rug"));
  }

  @AfterEach
  void cleanUp() {
    coordination.cleanUp();
  }

  @Test
  void theCompilationSumsTheApprovedReportsOnly() {
    JsonObject working = scenario.working(api, tokens);
    assertThat(working.getJsonNumber("version").longValue()).isZero();
    JsonObject compilation = working.getJsonObject("compilation");
    scenario.assertFiguresOf(compilation);
    assertThat(scenario.row(compilation, ApprovedReports.NUMBER, "laholm").getInt("groups")).isEqualTo(2);

    // the analyses are the approved groups' texts, never a returned or unreviewed one's
    List<String> texts = compilation.getJsonArray("analyses").getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("code").equals(ApprovedReports.TEXT))
        .flatMap(a -> a.getJsonArray("texts").getValuesAs(JsonObject.class).stream())
        .map(t -> t.getString("text")).toList();
    assertThat(texts).containsExactlyInAnyOrderElementsOf(scenario.approved.values().stream()
        .flatMap(List::stream).map(ApprovedReports.Submission::text).toList());
    assertThat(texts).doesNotContainAnyElementsOf(scenario.notCounted.stream().map(ApprovedReports.Submission::text)
        .toList());

    // RUG's feedback per approved group; the groups not approved are shown with their state
    assertThat(compilation.getJsonArray("feedback").getValuesAs(JsonObject.class))
        .anySatisfy(f -> {
          assertThat(f.getString("group")).isEqualTo(Scenario.group(Halland.KUNGSBACKA));
          assertThat(f.getString("comment")).isEqualTo("Bra arbete med SIP");
        });
    List<String> missing = compilation.getJsonArray("missing").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getString("group") + ":" + m.getString("state")).toList();
    assertThat(missing).contains(Scenario.group("falkenberg") + ":SUBMITTED", Scenario.group("halmstad") + ":RETURNED")
        .doesNotContain(Scenario.group(Halland.KUNGSBACKA) + ":NOT_SUBMITTED");
    assertThat(missing).noneMatch(m -> m.startsWith(Scenario.group(VARBERG) + ":"));

    // over the years: the year's row holds the same totals
    JsonObject trend = compilation.getJsonArray("overTheYears").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("code").equals(ApprovedReports.NUMBER)).findFirst().orElseThrow();
    JsonObject yearRow = trend.getJsonArray("years").getValuesAs(JsonObject.class).stream()
        .filter(y -> y.getInt("year") == scenario.reports.year).findFirst().orElseThrow();
    List<String> parties = compilation.getJsonArray("parties").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList();
    int kungsbacka = parties.indexOf(scenario.names.get(Halland.KUNGSBACKA));
    assertThat(yearRow.getJsonArray("values").getJsonNumber(kungsbacka).bigDecimalValue())
        .isEqualByComparingTo(scenario.expectedNumber(Halland.KUNGSBACKA));

    // the secretariat reads it too; a bad year is a 400 naming the field
    assertThat(api.get(tokens.of(Halland.user(REGION, "secretariat")), scenario.path(REGION)).status()).isEqualTo(200);
    Api.Response bad = api.get(rug, "/spaces/" + REGION + "/regional-followups/1999/children");
    assertThat(bad.status()).as("%s", bad).isEqualTo(400);
    assertThat(bad.body()).contains("year");
  }

  @Test
  void onlyRugReadsItBeforePublicationAndTheWholeAreaAfter() throws Exception {
    long observerGroup = coordination.groupId(VARBERG, Halland.SSGV);
    coordination.add(VARBERG, observerGroup, se.samverkan.it.support.Json.with(se.samverkan.it.support.Json.with(
        Coordination.memberBody(Coordination.uniqueName("Brukarföreträdare"), "nsph-halland"),
        "email", Halland.NSPH_OBSERVER + "@example.org"), "unit", "Brukarråd"));
    List<String> readers = List.of(Halland.member(VARBERG), Halland.tenantAdmin(VARBERG), Halland.NSPH_OBSERVER);

    for (String user : readers) {
      String token = tokens.of(user);
      assertThat(api.get(token, scenario.path(VARBERG)).status()).as("%s working", user).isEqualTo(403);
      assertThat(api.get(token, scenario.path(VARBERG) + "/published").status()).as("%s published", user).isEqualTo(404);
      assertThat(api.getAccepting(token, scenario.path(VARBERG) + "/export/csv", "text/csv").status())
          .as("%s export", user).isEqualTo(404);
      assertThat(api.get(token, scenario.path(REGION)).status()).as("%s in the region's space", user).isEqualTo(403);
    }
    assertThat(publicationsSeenBy(VARBERG)).as("Varberg before publication").isZero();

    // RUG's texts are versioned
    Api.Response texts = api.put(rug, scenario.path(REGION), Json.createObjectBuilder()
        .add("summary", "Samverkan kring SIP har stärkts.").add("priorities", "Gemensam utbildning i SIP 2026.")
        .add("version", 0).build());
    assertThat(texts.status()).as("%s", texts).isEqualTo(200);
    long version = texts.object().getJsonNumber("version").longValue();
    Api.Response stale = api.put(rug, scenario.path(REGION), Json.createObjectBuilder()
        .add("summary", "Annat").add("version", 0).build());
    assertThat(stale.status()).as("%s", stale).isEqualTo(409);
    Api.Response noVersion = api.put(rug, scenario.path(REGION), Json.createObjectBuilder().add("summary", "x").build());
    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.body()).contains("version");
    assertThat(api.put(tokens.of(Halland.user(REGION, "secretariat")), scenario.path(REGION),
        Json.createObjectBuilder().add("summary", "x").add("version", version).build()).status()).isEqualTo(403);

    Api.Response published = api.post(rug, scenario.path(REGION) + "/publications",
        Json.createObjectBuilder().add("version", version).build());
    assertThat(published.status()).as("%s", published).isEqualTo(201);
    assertThat(published.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/publications/1"));

    for (String user : readers) {
      Api.Response read = api.get(tokens.of(user), scenario.path(VARBERG) + "/published");
      assertThat(read.status()).as("%s reads the publication: %s", user, read).isEqualTo(200);
      JsonObject compilation = read.object().getJsonObject("compilation");
      scenario.assertFiguresOf(compilation);
      assertThat(compilation.getString("priorities")).isEqualTo("Gemensam utbildning i SIP 2026.");
      assertThat(api.get(tokens.of(user), "/spaces/" + VARBERG + "/regional-followups").array()
          .getValuesAs(JsonObject.class)).as("%s's list", user)
          .anyMatch(p -> p.getInt("year") == scenario.reports.year && p.getString("audience").equals("children"));
      // still never the working compilation
      assertThat(api.get(tokens.of(user), scenario.path(VARBERG)).status()).isEqualTo(403);
    }
    assertThat(api.get(tokens.of(Halland.member(Halland.KUNGSBACKA)), scenario.path(Halland.KUNGSBACKA) + "/published")
        .status()).isEqualTo(200);
    // a municipality writes nothing of it
    assertThat(api.post(tokens.of(Halland.tenantAdmin(VARBERG)), scenario.path(VARBERG) + "/publications",
        Json.createObjectBuilder().add("version", version).build()).status()).isEqualTo(403);

    // the database on its own: every party of the area reads the publication, never the working
    // texts; no context, or a tenant outside the area, reads nothing; nobody changes a publication
    for (String party : Halland.MUNICIPALITIES) {
      assertThat(publicationsSeenBy(party)).as("%s after publication", party).isEqualTo(1);
    }
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      setTenant(app, VARBERG);
      assertThat(count(app, "select count(*) from regional_followup")).as("Varberg reads RUG's working texts").isZero();
      assertThat(Database.update(app, "update regional_followup set summary = 'Kapad'")).isZero();
      app.rollback();
      setTenant(app, VARBERG);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.update(app,
              "update regional_followup_publication set content = '{}'::jsonb"))
          .as("Varberg changes a publication").isInstanceOf(SQLException.class);
      app.rollback();
      setTenant(app, "elsewhere-municipality");
      assertThat(count(app, "select count(*) from regional_followup_publication")).isZero();
      app.rollback();
      setTenant(app, REGION);
      assertThat(count(app, "select count(*) from regional_followup where year = ?", scenario.reports.year)).isOne();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.update(app,
              "update regional_followup_publication set content = '{}'::jsonb where year = ?", scenario.reports.year))
          .as("the region changes a publication").isInstanceOf(SQLException.class);
      app.rollback();
    }
    try (Connection app = database.asApplication()) {
      assertThat(count(app, "select count(*) from regional_followup_publication")).isZero();
    }
  }

  @Test
  void aPublicationStaysAsPublished() throws Exception {
    Api.Response first = api.post(rug, scenario.path(REGION) + "/publications",
        Json.createObjectBuilder().add("version", 0).build());
    assertThat(first.status()).as("%s", first).isEqualTo(201);
    BigDecimal before = scenario.expectedNumber(Halland.KUNGSBACKA);

    // after publication Kungsbacka's figure changes and Falkenberg's report is approved
    scenario.reports.changeNumber(scenario.kungsbacka, before.add(BigDecimal.valueOf(1000)));
    scenario.reports.review(scenario.falkenberg, "APPROVED", "Sent men godkänd");

    String member = tokens.of(Halland.member(VARBERG));
    JsonObject published = api.get(member, scenario.path(VARBERG) + "/published").object();
    assertThat(published.getInt("revision")).isEqualTo(1);
    scenario.assertFiguresOf(published.getJsonObject("compilation"));
    assertThat(scenario.row(published.getJsonObject("compilation"), ApprovedReports.NUMBER, "falkenberg"))
        .doesNotContainKey("total");

    // the working compilation follows the inputs; publishing again makes revision 2
    JsonObject working = scenario.working(api, tokens).getJsonObject("compilation");
    assertThat(scenario.row(working, ApprovedReports.NUMBER, Halland.KUNGSBACKA).getJsonNumber("total")
        .bigDecimalValue()).isEqualByComparingTo(before.add(BigDecimal.valueOf(1000)));
    assertThat(scenario.row(working, ApprovedReports.NUMBER, "falkenberg")).containsKey("total");
    long version = scenario.working(api, tokens).getJsonNumber("version").longValue();
    assertThat(api.post(rug, scenario.path(REGION) + "/publications", Json.createObjectBuilder().add("version", version)
        .build()).status()).isEqualTo(201);
    JsonObject second = api.get(member, scenario.path(VARBERG) + "/published").object();
    assertThat(second.getInt("revision")).isEqualTo(2);
    assertThat(scenario.row(second.getJsonObject("compilation"), ApprovedReports.NUMBER, Halland.KUNGSBACKA)
        .getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo(before.add(BigDecimal.valueOf(1000)));
    JsonObject revisionOne = api.get(member, scenario.path(VARBERG) + "/publications/1").object();
    scenario.row(revisionOne.getJsonObject("compilation"), ApprovedReports.NUMBER, Halland.KUNGSBACKA);
    assertThat(scenario.row(revisionOne.getJsonObject("compilation"), ApprovedReports.NUMBER, Halland.KUNGSBACKA)
        .getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo(before);
    assertThat(api.get(member, scenario.path(VARBERG) + "/publications/3").status()).isEqualTo(404);
  }

  @Test
  void theExportsOpen() throws Exception {
    assertThat(api.post(rug, scenario.path(REGION) + "/publications", Json.createObjectBuilder().add("version", 0)
        .build()).status()).isEqualTo(201);
    String member = tokens.of(Halland.member(VARBERG));
    String kungsbacka = scenario.names.get(Halland.KUNGSBACKA);
    String expected = scenario.expectedNumber(Halland.KUNGSBACKA).toPlainString();

    byte[] pdf = download(member, scenario.path(VARBERG) + "/export/pdf", "application/pdf");
    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Regional uppföljning " + scenario.reports.year, "Publicerad", kungsbacka,
          "Antal gemensamma utbildningstillfällen", "Bra arbete med SIP", scenario.kungsbacka.text(),
          Scenario.group("halmstad"));
    }
    byte[] working = download(rug, scenario.path(REGION) + "/export/pdf", "application/pdf");
    try (var document = Loader.loadPDF(working)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Arbetsversion");
    }

    byte[] xlsx = download(member, scenario.path(VARBERG) + "/export/xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      Sheet side = workbook.getSheetAt(0);
      boolean found = false;
      for (Row row : side) {
        if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(ApprovedReports.NUMBER)
            && row.getCell(3).getStringCellValue().equals(kungsbacka)) {
          assertThat(BigDecimal.valueOf(row.getCell(5).getNumericCellValue()))
              .isEqualByComparingTo(scenario.expectedNumber(Halland.KUNGSBACKA));
          found = true;
        }
      }
      assertThat(found).as("Kungsbacka's number in the first sheet").isTrue();
      assertThat(workbook.getSheetAt(1).getRow(0).getCell(2).getStringCellValue()).isEqualTo("År");
      assertThat(workbook.getSheetAt(1).getPhysicalNumberOfRows()).isGreaterThan(1);
    }

    byte[] csv = download(member, scenario.path(VARBERG) + "/export/csv", "text/csv");
    assertThat(csv[0]).isEqualTo((byte) 0xEF);
    List<String[]> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().map(l -> l.split(";", -1))
        .toList();
    assertThat(lines.get(0)).containsExactly("indikator", "rubrik", "kategori", "år", "kommun", "grupper", "värde");
    assertThat(lines).allSatisfy(l -> assertThat(l).hasSize(7));
    assertThat(lines).anySatisfy(l -> assertThat(l).containsExactly(ApprovedReports.NUMBER,
        "Antal gemensamma utbildningstillfällen", "", String.valueOf(scenario.reports.year), kungsbacka, "1", expected));
    long deviations = scenario.expectedCount("laholm", "SIP");
    assertThat(lines).anySatisfy(l -> assertThat(l).containsExactly(ApprovedReports.COUNT, "Avvikelser per kategori",
        "SIP", String.valueOf(scenario.reports.year), scenario.names.get("laholm"), "2", String.valueOf(deviations)));
  }

  private byte[] download(String token, String path, String mediaType) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.api(path))
        .header("Authorization", "Bearer " + token).header("Accept", mediaType).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(mediaType);
    return response.body();
  }

  /** How many publications of the scenario's year the application role reads in a party's context. */
  private long publicationsSeenBy(String party) throws SQLException {
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      setTenant(app, party);
      long seen = count(app, "select count(distinct id) from regional_followup_publication where year = ?",
          scenario.reports.year);
      app.rollback();
      return seen;
    }
  }
}
