package se.samverkan.it.followup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/** The follow-up's API as the tests use it: paths, a new group to report for, steps of the round. */
final class FollowUps {

  static final String FALKENBERG = "falkenberg";
  static final String HYLTE = "hylte";

  private final Api api;
  private final Tokens tokens;

  FollowUps(Api api, Tokens tokens) {
    this.api = api;
    this.tokens = tokens;
  }

  static String reports(String space, long groupId) {
    return "/spaces/" + space + "/followup/groups/" + groupId + "/reports";
  }

  static String report(String space, long groupId, int year) {
    return reports(space, groupId) + "/" + year;
  }

  static String answer(String space, long groupId, int year, long indicatorId) {
    return report(space, groupId, year) + "/answers/" + indicatorId;
  }

  static String sets(String space) {
    return "/spaces/" + space + "/followup/indicator-sets";
  }

  static String round(String space, int year) {
    return "/spaces/" + space + "/followup/rounds/" + year;
  }

  static String submission(String space, long id) {
    return "/spaces/" + space + "/followup/submissions/" + id;
  }

  String rug() {
    return tokens.of(Halland.user(Halland.REGION, "rug"));
  }

  String coordinator(String space) {
    return tokens.of(Halland.coordinator(space));
  }

  String tokensMember(String space) {
    return tokens.of(Halland.member(space));
  }

  /** A new group of the municipality (kind OTHER), so a test has reports nobody else touches. */
  long newGroup(String space) {
    Api.Response created = api.post(coordinator(space), Coordination.groupsPath(space),
        se.samverkan.it.support.Json.of("name", Coordination.uniqueName("Uppföljningsprov")));
    assertThat(created.status()).as("a new group: %s", created).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }

  JsonObject start(String space, long groupId, int year) {
    Api.Response started = api.post(coordinator(space), reports(space, groupId),
        se.samverkan.it.support.Json.of("year", year));
    assertThat(started.status()).as("starting the report: %s", started).isEqualTo(201);
    return started.object();
  }

  /**
   * Answers every indicator the report's set asks a value of, as the space's coordinator: a text,
   * the first option of a choice, 1 for a number, one row for a table.
   */
  JsonObject fillTexts(String space, long groupId, JsonObject report, String text) {
    JsonObject set = api.get(coordinator(space), sets(space) + "/" + report.getJsonNumber("indicatorSetId")).object();
    JsonObject current = report;
    for (JsonObject answer : answers(report)) {
      long indicator = answer.getJsonNumber("indicatorId").longValue();
      JsonObjectBuilder body = Json.createObjectBuilder();
      switch (answer.getString("kind")) {
        case "TEXT" -> body.add("text", text);
        case "NUMBER" -> body.add("number", 1);
        case "CHOICE" -> body.add("choice", se.samverkan.it.support.Json.objects(set.getJsonArray("indicators")).stream()
            .filter(i -> i.getJsonNumber("id").longValue() == indicator).findFirst().orElseThrow()
            .getJsonArray("choices").getString(0));
        case "TABLE" -> body.add("table", Json.createArrayBuilder().add(Json.createArrayBuilder().add(text)));
        default -> {
          continue;
        }
      }
      JsonObject fresh = answerOf(current, indicator);
      Api.Response written = api.put(coordinator(space), answer(space, groupId, report.getInt("year"), indicator),
          body.add("version", fresh.getJsonNumber("version").longValue()).build());
      assertThat(written.status()).as("answering %s: %s", answer.getString("code"), written).isEqualTo(200);
      current = written.object();
    }
    return current;
  }

  Api.Response submit(String space, long groupId, JsonObject report) {
    return api.post(coordinator(space), report(space, groupId, report.getInt("year")) + "/submission",
        Json.createObjectBuilder().add("version", report.getJsonNumber("version").longValue()).build());
  }

  /** The latest submission of the group's report for the year, as RUG finds it. */
  JsonObject latestSubmission(long groupId, int year) {
    Api.Response list = api.get(rug(), round(Halland.REGION, year) + "/submissions");
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    return se.samverkan.it.support.Json.objects(list.array()).stream()
        .filter(s -> s.getJsonNumber("groupId").longValue() == groupId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no submission of group " + groupId + " in " + year));
  }

  Api.Response review(JsonObject submission, String step, String comment) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("step", step)
        .add("version", submission.getJsonNumber("version").longValue());
    if (comment != null) {
      body.add("comment", comment);
    }
    return api.post(rug(), submission(Halland.REGION, submission.getJsonNumber("id").longValue()) + "/review",
        body.build());
  }

  static List<JsonObject> answers(JsonObject report) {
    return se.samverkan.it.support.Json.objects(report.getJsonArray("answers"));
  }

  static JsonObject answerOf(JsonObject report, long indicatorId) {
    return answers(report).stream().filter(a -> a.getJsonNumber("indicatorId").longValue() == indicatorId)
        .findFirst().orElseThrow();
  }

  static JsonObject answerOf(JsonObject report, String code) {
    return answers(report).stream().filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow();
  }

  static JsonArrayBuilder noFigures() {
    return Json.createArrayBuilder();
  }

  /**
   * A follow-up year no set starts in and no round has yet, so a test that makes one does not meet
   * what an earlier run left behind (the test stack's database outlives a run).
   */
  static int unusedYear(Stack stack, String table) throws SQLException {
    try (Connection owner = new Database(stack).asOwner()) {
      owner.setAutoCommit(false);
      Database.setTenant(owner, Halland.REGION);
      for (int attempt = 0; attempt < 100; attempt++) {
        int year = ThreadLocalRandom.current().nextInt(2040, 2099);
        String column = table.equals("indicator_set") ? "valid_from_year" : "year";
        if (Database.count(owner, "select count(*) from " + table + " where " + column + " between ? and ?",
            year - 1, year + 1) == 0) {
          owner.rollback();
          return year;
        }
      }
      throw new AssertionError("no unused year left");
    }
  }
}
