package se.samverkan.it.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Tokens;

/** Assignments and reports through the API, as the tests of this feature need them. */
final class Assignments {

  static final String RUG = Halland.user(Halland.REGION, "rug");
  static final String FALKENBERG = "falkenberg";
  static final String LAHOLM = "laholm";
  static final String HYLTE = "hylte";

  private final Api api;
  private final Tokens tokens;
  private final Coordination coordination;

  Assignments(Api api, Tokens tokens) {
    this.api = api;
    this.tokens = tokens;
    this.coordination = new Coordination(api, tokens);
  }

  static String path(String space) {
    return "/spaces/" + space + "/assignments";
  }

  static String path(String space, long id) {
    return path(space) + "/" + id;
  }

  static String reportsPath(String space, long id, long groupId) {
    return path(space, id) + "/groups/" + groupId + "/reports";
  }

  static String reportPath(String space, long id, long groupId, long reportId) {
    return reportsPath(space, id, groupId) + "/" + reportId;
  }

  static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  static long version(JsonObject object) {
    return object.getJsonNumber("version").longValue();
  }

  static JsonObject toKind(String description, String kind, LocalDate due) {
    return Json.of("description", description, "agreementRef", "RÖK 2025–2029, avsnitt 5.2",
        "dueDate", due.toString(), "targetKind", kind);
  }

  static JsonObject toGroups(String description, LocalDate due, long... groupIds) {
    jakarta.json.JsonArrayBuilder ids = jakarta.json.Json.createArrayBuilder();
    for (long id : groupIds) {
      ids.add(id);
    }
    return Json.of("description", description, "dueDate", due.toString(), "groupIds", ids.build());
  }

  String rug() {
    return tokens.of(RUG);
  }

  String coordinator(String space) {
    return tokens.of(Halland.coordinator(space));
  }

  long groupId(String space, String kind) {
    return coordination.groupId(space, kind);
  }

  /** RUG gives an assignment; answers the created assignment. */
  JsonObject give(JsonObject body) {
    Api.Response created = api.post(rug(), path(Halland.REGION), body);
    assertThat(created.status()).as("RUG giving an assignment: %s", created).isEqualTo(201);
    return created.object();
  }

  /** The group's coordinator writes a draft; answers the report. */
  JsonObject draft(String space, long id, long groupId, String kind, String body) {
    Api.Response written = api.post(coordinator(space), reportsPath(space, id, groupId),
        Json.of("kind", kind, "body", body));
    assertThat(written.status()).as("writing a report: %s", written).isEqualTo(201);
    return written.object();
  }

  /** The group's coordinator submits the report; answers it as submitted. */
  JsonObject submit(String space, long id, long groupId, JsonObject report) {
    Api.Response submitted = api.post(coordinator(space),
        reportPath(space, id, groupId, id(report)) + "/submission", Json.of("version", version(report)));
    assertThat(submitted.status()).as("submitting a report: %s", submitted).isEqualTo(200);
    return submitted.object();
  }

  /** The ids of the assignments a space's caller lists (all pages). */
  List<Long> listed(String token, String space) {
    List<Long> ids = new java.util.ArrayList<>();
    for (int page = 0; ; page++) {
      Api.Response response = api.get(token, path(space) + "?size=100&page=" + page);
      assertThat(response.status()).as("%s", response).isEqualTo(200);
      JsonArray items = response.object().getJsonArray("items");
      Json.objects(items).forEach(a -> ids.add(id(a)));
      if (items.isEmpty() || ids.size() >= response.object().getJsonNumber("total").longValue()) {
        return ids;
      }
    }
  }

  /** The overview row of one group. */
  JsonObject overviewRow(long id, long groupId) {
    Api.Response overview = api.get(rug(), path(Halland.REGION, id) + "/overview");
    assertThat(overview.status()).as("%s", overview).isEqualTo(200);
    return Json.objects(overview.object().getJsonArray("groups")).stream()
        .filter(r -> r.getJsonNumber("groupId").longValue() == groupId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("group " + groupId + " not in " + overview));
  }

  /** The snapshots RUG reads. */
  List<JsonObject> submitted(long id) {
    Api.Response reports = api.get(rug(), path(Halland.REGION, id) + "/submitted-reports");
    assertThat(reports.status()).as("%s", reports).isEqualTo(200);
    return Json.objects(reports.array());
  }
}
