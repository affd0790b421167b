package se.samverkan.it.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Tokens;

/** Disputes through the API, as the tests need them. */
public final class Disputes {

  public static final String HALMSTAD = "halmstad";
  public static final String LAHOLM = "laholm";

  private final Api api;
  private final Tokens tokens;

  public Disputes(Api api, Tokens tokens) {
    this.api = api;
    this.tokens = tokens;
  }

  public static String path(String space, long groupId) {
    return Coordination.groupPath(space, groupId) + "/disputes";
  }

  public static String path(String space, long groupId, long id) {
    return path(space, groupId) + "/" + id;
  }

  public static String ladderPath(String space) {
    return "/spaces/" + space + "/dispute-ladder";
  }

  /** People at a step: {@code name, email, name, email, …}. */
  public static JsonArrayBuilder people(String... namesAndEmails) {
    JsonArrayBuilder people = jakarta.json.Json.createArrayBuilder();
    for (int i = 0; i < namesAndEmails.length; i += 2) {
      people.add(Json.of("name", namesAndEmails[i], "email", namesAndEmails[i + 1]));
    }
    return people;
  }

  public static JsonObject body(String question, JsonArrayBuilder people) {
    return jakarta.json.Json.createObjectBuilder()
        .add("question", question)
        .add("parties", "Socialtjänsten och barn- och ungdomspsykiatrin")
        .add("agreementSection", "5.2 Ansvarsfördelning")
        .add("people", people)
        .build();
  }

  public JsonObject open(String username, String space, long groupId, JsonObject body) {
    Api.Response response = api.post(tokens.of(username), path(space, groupId), body);
    assertThat(response.status()).as("opening a dispute: %s", response).isEqualTo(201);
    return response.object();
  }

  public static JsonObject escalation(String outcome, long version, JsonArrayBuilder people) {
    return jakarta.json.Json.createObjectBuilder()
        .add("outcome", outcome).add("version", version).add("people", people).build();
  }

  public static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  public static long version(JsonObject object) {
    return object.getJsonNumber("version").longValue();
  }
}
