package se.samverkan.it.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Database.count;
import static se.samverkan.it.support.Database.setTenant;
import static se.samverkan.it.support.Database.update;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.fields;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The region's secretariat keeps the portfolio; every party reads it and nobody else writes it;
 * the overview filters and counts; the XLSX export reads back with its rows and exact total. Each
 * test makes its own goal area, so counts are its own.
 */
@ExtendWith(ArquillianExtension.class)
public class PortfolioApiIT {

  private static final String FALKENBERG = "falkenberg";
  private static final String HYLTE = "hylte";

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Api api;
  private Tokens tokens;
  private String secretariat;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    secretariat = tokens.of(Halland.user(REGION, "secretariat"));
  }

  private static String path(String space) {
    return "/spaces/" + space + "/portfolio";
  }

  private long goalArea() {
    Api.Response created = api.post(secretariat, path(REGION) + "/goal-areas",
        Json.of("name", Coordination.uniqueName("Målområde")));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }

  private static JsonObject project(long area, String name, String owner, String financing, String from, String to) {
    return Json.of("goalAreaId", area, "name", name, "ownerOrganisation", owner, "regionalFinancing", financing,
        "startsOn", from, "endsOn", to);
  }

  private JsonObject create(JsonObject project) {
    Api.Response created = api.post(secretariat, path(REGION) + "/projects", project);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.object();
  }

  private void status(long project, String period, String status) {
    Api.Response reported = api.put(secretariat, path(REGION) + "/projects/" + project + "/statuses",
        Json.of("period", period, "status", status, "comment", "Enligt plan"));
    assertThat(reported.status()).as("%s", reported).isEqualTo(200);
  }

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  @Test
  void theOverviewFiltersCountsAndPaginatesAndEveryPartyReadsIt() {
    long area = goalArea();
    long a = id(create(project(area, "Digitala vårdmöten", "Region Halland", "1 500 000", "2026-01-01", "2027-12-31")));
    long b = id(create(project(area, "Trygg hemgång", "Falkenbergs kommun", "250 000,50", "2027-03-01", "2028-06-30")));
    long c = id(create(project(area, "Samordnad rehabilitering", "Region Halland", "10,25", "2029-01-01", "2029-12-31")));
    status(a, "2026 T1", "YELLOW");
    status(a, "2026 T2", "GREEN");
    status(b, "2027 T1", "RED");

    for (String space : List.of(REGION, FALKENBERG, HYLTE)) {
      String reader = tokens.of(space.equals(REGION) ? Halland.user(REGION, "rug") : Halland.coordinator(space));
      Api.Response all = api.get(reader, path(space) + "/projects?goalArea=" + area + "&size=2");
      assertThat(all.status()).as("%s", all).isEqualTo(200);
      assertThat(all.object().getInt("total")).as("projects in %s", space).isEqualTo(3);
      assertThat(all.object().getJsonArray("items")).hasSize(2);
      JsonObject financing = Json.objects(all.object().getJsonArray("financingPerGoalArea")).stream()
          .filter(f -> f.getJsonObject("amount").getJsonNumber("kronor").bigDecimalValue().signum() > 0)
          .filter(f -> Json.text(f, "goalArea").startsWith("Målområde")).findFirst().orElseThrow();
      assertThat(financing.getJsonObject("amount").getJsonNumber("kronor").bigDecimalValue())
          .isEqualByComparingTo("1750010.75");
      assertThat(Json.text(all.object().getJsonObject("totalFinancing"), "text")).isEqualTo("1\u00a0750\u00a0010,75\u00a0kr");
      JsonObject statuses = Json.objects(all.object().getJsonArray("statusesPerGoalArea")).stream()
          .filter(s -> Json.text(s, "goalArea").equals(Json.text(financing, "goalArea"))).findFirst().orElseThrow();
      assertThat(List.of(statuses.getInt("green"), statuses.getInt("yellow"), statuses.getInt("red")))
          .as("latest statuses").containsExactly(1, 0, 1);
    }
    String rug = tokens.of(Halland.user(REGION, "rug"));
    assertThat(ids(api.get(rug, path(REGION) + "/projects?goalArea=" + area + "&status=RED"))).containsExactly(b);
    assertThat(ids(api.get(rug, path(REGION) + "/projects?goalArea=" + area + "&year=2029"))).containsExactly(c);
    assertThat(ids(api.get(rug, path(REGION) + "/projects?goalArea=" + area + "&owner=Region%20Halland")))
        .containsExactlyInAnyOrder(a, c);
    assertThat(fields(assertProblem(api.get(rug, path(REGION) + "/projects?status=BLUE"), 400))).containsExactly("status");

    JsonObject sheet = api.get(tokens.of(Halland.coordinator(HYLTE)), path(HYLTE) + "/projects/" + a).object();
    assertThat(Json.objects(sheet.getJsonArray("statuses"))).extracting(s -> Json.text(s, "period"))
        .containsExactly("2026 T2", "2026 T1");
  }

  @Test
  void onlyTheRegionsSecretariatKeepsThePortfolio() throws SQLException {
    long area = goalArea();
    JsonObject created = create(project(area, "Gemensam kompetensportal", "Region Halland", "300 000",
        "2027-01-01", "2027-12-31"));
    long id = id(created);
    for (String space : List.of(FALKENBERG, HYLTE)) {
      String coordinator = tokens.of(Halland.tenantAdmin(space));
      assertProblem(api.post(coordinator, path(space) + "/projects",
          project(area, "Kapat projekt", "X", "1", "2027-01-01", "2027-12-31")), 403);
      assertProblem(api.put(coordinator, path(space) + "/projects/" + id, Json.with(
          project(area, "Kapat", "X", "1", "2027-01-01", "2027-12-31"), "version", 0L)), 403);
      assertProblem(api.put(coordinator, path(space) + "/projects/" + id + "/statuses",
          Json.of("period", "2027 T1", "status", "RED")), 403);
      assertProblem(api.post(coordinator, path(space) + "/goal-areas", Json.of("name", "Kapat område")), 403);
    }
    String rug = tokens.of(Halland.user(REGION, "rug"));
    assertProblem(api.post(rug, path(REGION) + "/projects/" + id + "/commitments",
        Json.of("title", "Kapat åtagande", "status", "ONGOING")), 403);

    // commitments, with their version
    Api.Response commitment = api.post(secretariat, path(REGION) + "/projects/" + id + "/commitments",
        Json.of("title", "Ta fram utbildningsmaterial", "status", "ONGOING", "activities", "Workshoppar"));
    assertThat(commitment.status()).as("%s", commitment).isEqualTo(201);
    String commitmentPath = path(REGION) + "/projects/" + id + "/commitments/" + id(commitment.object());
    JsonObject done = Json.of("title", "Ta fram utbildningsmaterial", "status", "DONE",
        "version", commitment.object().getJsonNumber("version").longValue());
    assertThat(api.put(secretariat, commitmentPath, done).status()).isEqualTo(200);
    assertProblem(api.put(secretariat, commitmentPath, done), 409);
    assertThat(Json.objects(api.get(tokens.of(Halland.coordinator(FALKENBERG)), path(FALKENBERG) + "/projects/" + id)
        .object().getJsonArray("commitments"))).extracting(c -> Json.text(c, "status")).containsExactly("DONE");

    // stale project version, and bad input named
    JsonObject change = Json.with(project(area, "Gemensam kompetensportal 2.0", "Region Halland", "300 000",
        "2027-01-01", "2027-12-31"), "version", created.getJsonNumber("version").longValue());
    assertThat(api.put(secretariat, path(REGION) + "/projects/" + id, change).status()).isEqualTo(200);
    assertProblem(api.put(secretariat, path(REGION) + "/projects/" + id, change), 409);
    assertThat(fields(assertProblem(api.post(secretariat, path(REGION) + "/projects",
        project(area, "Negativ", "Region Halland", "-1", "2027-01-01", "2027-12-31")), 400)))
        .containsExactly("regionalFinancing");
    assertThat(fields(assertProblem(api.post(secretariat, path(REGION) + "/projects",
        project(area, "Öre", "Region Halland", "1,234", "2027-01-01", "2027-12-31")), 400)))
        .containsExactly("regionalFinancing");
    assertThat(fields(assertProblem(api.post(secretariat, path(REGION) + "/projects",
        project(area, "Baklänges", "Region Halland", "1", "2027-01-01", "2026-12-31")), 400)))
        .containsExactly("endsOn");

    // in the database: the parties read the region's project but change nothing of it
    try (Connection app = new Database(stack).asApplication()) {
      app.setAutoCommit(false);
      for (String party : List.of(FALKENBERG, HYLTE)) {
        setTenant(app, party);
        assertThat(count(app, "select count(*) from portfolio_project where id = ?", id)).isEqualTo(1);
        assertThat(update(app, "update portfolio_project set name = 'Kapat' where id = ?", id)).isZero();
        assertThat(update(app, "delete from project_commitment where project_id = ?", id)).isZero();
        app.rollback();
      }
    }
  }

  @Test
  void theExportOpensAndHoldsTheFilteredRowsAndTheirTotal() throws Exception {
    long area = goalArea();
    create(project(area, "Export ett", "Region Halland", "1 000 000,10", "2027-01-01", "2027-12-31"));
    create(project(area, "Export två", "Hylte kommun", "0,05", "2027-01-01", "2028-12-31"));
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(stack.api(path(HYLTE) + "/projects.xlsx?goalArea=" + area))
            .header("Authorization", "Bearer " + tokens.of(Halland.coordinator(HYLTE)))
            .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    List<Row> rows = read(response.body());
    assertThat(rows.get(0).getCellText(1)).isEqualTo("Projekt");
    assertThat(rows.subList(1, rows.size() - 1)).extracting(r -> r.getCellText(1))
        .containsExactlyInAnyOrder("Export ett", "Export två");
    BigDecimal sum = rows.subList(1, rows.size() - 1).stream()
        .map(r -> r.getCellAsNumber(3).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo("1000000.15");
    Row total = rows.get(rows.size() - 1);
    assertThat(total.getCellText(0)).isEqualTo("Summa");
    assertThat(total.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("1000000.15");
    assertThat(rows.get(1).getCellAsDate(4)).isPresent();
  }

  private static List<Row> read(byte[] workbook) throws IOException {
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
      try (var stream = book.getFirstSheet().openStream()) {
        return stream.collect(Collectors.toList());
      }
    }
  }

  private static List<Long> ids(Api.Response response) {
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return Json.objects(response.object().getJsonArray("items")).stream().map(PortfolioApiIT::id).toList();
  }
}
