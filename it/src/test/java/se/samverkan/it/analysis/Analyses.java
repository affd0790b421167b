package se.samverkan.it.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Tokens;

/** What the analysis tests set up through the API: a group of their own and analysis bodies. */
final class Analyses {

  static final String LAHOLM = "laholm";
  static final String FALKENBERG = "falkenberg";

  private final Api api;
  private final Tokens tokens;

  Analyses(Api api, Tokens tokens) {
    this.api = api;
    this.tokens = tokens;
  }

  static String analysesPath(String space, long groupId) {
    return Coordination.groupPath(space, groupId) + "/analyses";
  }

  static String analysisPath(String space, long groupId, Object year) {
    return analysesPath(space, groupId) + "/" + year;
  }

  static String completionPath(String space, long groupId, Object year, long version) {
    return analysisPath(space, groupId, year) + "/completion?version=" + version;
  }

  /**
   * A new group of the municipality's own serving children and substance use, so each test has
   * analyses nobody else writes (the provisioned groups have no target groups).
   */
  long newGroup(String space) {
    Api.Response created = api.post(tokens.of(Halland.coordinator(space)), Coordination.groupsPath(space),
        Json.of("name", Coordination.uniqueName("Analysgrupp"),
            "targetGroups", strings("CHILDREN", "SUBSTANCE_USE")));
    assertThat(created.status()).as("making a group for the test: %s", created).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }

  static JsonObject section(String targetGroup, String currentPicture) {
    return Json.of("targetGroup", targetGroup,
        "currentPicture", currentPicture,
        "workingWell", "Samverkan kring SIP fungerar i de flesta ärenden",
        "gapsAndRisks", "Väntetider till barn- och ungdomspsykiatrin",
        "priorities", "Gemensam kompetensutveckling om spelberoende");
  }

  static JsonObject body(String summary, Long version, JsonObject... sections) {
    JsonObject body = Json.of("summary", summary,
        "sections", jakarta.json.Json.createArrayBuilder(List.of(sections)).build());
    return version == null ? body : Json.with(body, "version", version);
  }

  static JsonObject typicalBody(Long version) {
    return body("Behoven av samordnade insatser för barn ökar; missbruksvården behöver nå unga tidigare.",
        version,
        section("CHILDREN", "Fler barn med behov av insatser från både skola, socialtjänst och BUP"),
        section("SUBSTANCE_USE", "Unga vuxna med spelproblem söker sent"));
  }

  static long version(Api.Response response) {
    return response.object().getJsonNumber("version").longValue();
  }

  private static JsonArray strings(String... values) {
    return jakarta.json.Json.createArrayBuilder(List.of(values)).build();
  }
}
