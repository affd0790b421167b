package se.samverkan.it.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Coordination.groupPath;
import static se.samverkan.it.support.Coordination.memberBody;
import static se.samverkan.it.support.Coordination.membersPath;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Halland.KUNGSBACKA;
import static se.samverkan.it.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Problems;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/** A group's members through the API: add, change, remove, optimistic locking and bad input. */
@ExtendWith(ArquillianExtension.class)
public class MemberApiIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Coordination coordination;
  private String token;
  private long ssgv;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    coordination = new Coordination(api, tokens);
    token = tokens.of(Halland.coordinator(KUNGSBACKA));
    ssgv = coordination.groupId(KUNGSBACKA, Halland.SSGV);
  }

  @AfterEach
  void tearDown() {
    coordination.cleanUp();
  }

  @Test
  void addChangeAndRemoveAMember() {
    String members = membersPath(KUNGSBACKA, ssgv);
    long countBefore = memberCount();
    String name = uniqueName("Maja Testsson");
    JsonObject body =
        Json.of(
            "name", name,
            "email", "maja.testsson@example.org",
            "organisation", "region-halland",
            "unit", "Vuxenpsykiatrin Kungsbacka",
            "mandate", "Beslutar för psykiatrisk öppenvård i norra Halland",
            "role", "CO_OPTED");

    // add: 201, Location of the new member, the member as recorded
    Api.Response added = api.post(token, members, body);
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    JsonObject member = added.object();
    coordination.forget(KUNGSBACKA, ssgv, member);
    long id = member.getJsonNumber("id").longValue();
    assertThat(added.location()).as("Location of %s", added).isPresent();
    assertThat(added.location().get()).endsWith("/api" + members + "/" + id);
    assertThat(added.mediaType()).isEqualTo("application/json");
    assertThat(Json.text(member, "name")).isEqualTo(name);
    assertThat(Json.text(member, "email")).isEqualTo("maja.testsson@example.org");
    assertThat(Json.text(member, "organisation")).isEqualTo("region-halland");
    assertThat(Json.text(member, "organisationName")).isEqualTo("Region Halland");
    assertThat(Json.text(member, "unit")).isEqualTo("Vuxenpsykiatrin Kungsbacka");
    assertThat(Json.text(member, "mandate")).isEqualTo("Beslutar för psykiatrisk öppenvård i norra Halland");
    assertThat(Json.text(member, "role")).isEqualTo("CO_OPTED");
    long version = member.getJsonNumber("version").longValue();

    Api.Response read = api.send("GET", token, java.net.URI.create(added.location().get()), null);
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    assertThat(read.object()).isEqualTo(member);
    assertThat(coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgv)).contains(member);
    assertThat(memberCount()).as("the group's memberCount after adding").isEqualTo(countBefore + 1);

    // change: 200, version + 1, the change recorded
    String path = members + "/" + id;
    JsonObject change =
        Json.with(Json.with(Json.with(body, "unit", "Psykiatrins mottagning"), "role", "MEMBER"), "version", version);
    change = Json.without(change, "email");
    Api.Response changed = api.put(token, path, change);
    assertThat(changed.status()).as("%s", changed).isEqualTo(200);
    assertThat(Json.text(changed.object(), "unit")).isEqualTo("Psykiatrins mottagning");
    assertThat(Json.text(changed.object(), "role")).isEqualTo("MEMBER");
    assertThat(Json.text(changed.object(), "email")).as("e-mail left out of the change: removed").isNull();
    assertThat(changed.object().getJsonNumber("version").longValue()).isEqualTo(version + 1);
    assertThat(api.get(token, path).object()).isEqualTo(changed.object());

    // a change or removal of what was read before that: 409, nothing changes
    assertProblem(api.put(token, path, Json.with(change, "unit", "Gammal uppgift")), 409);
    assertProblem(api.delete(token, path + "?version=" + version), 409);
    assertThat(api.get(token, path).object()).isEqualTo(changed.object());

    // remove with the version read: 204, then gone
    Api.Response removed = api.delete(token, path + "?version=" + (version + 1));
    assertThat(removed.status()).as("%s", removed).isEqualTo(204);
    assertProblem(api.get(token, path), 404);
    assertProblem(api.delete(token, path + "?version=" + (version + 1)), 404);
    assertProblem(api.put(token, path, Json.with(change, "version", version + 1)), 404);
    assertThat(coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgv))
        .extracting(m -> m.getJsonNumber("id").longValue())
        .doesNotContain(id);
    assertThat(memberCount()).as("the group's memberCount after removing").isEqualTo(countBefore);
  }

  @Test
  void twoChangesOfTheSameVersionOneWinsOneGets409() throws Exception {
    Coordination.Made member = coordination.add(KUNGSBACKA, ssgv);
    JsonObject base = Json.without(Json.without(member.member(), "id"), "organisationName");

    for (int round = 0; round < 3; round++) {
      long version = api.get(token, member.path()).object().getJsonNumber("version").longValue();
      String a = Json.with(Json.with(base, "unit", "Enhet A" + round), "version", version).toString();
      String b = Json.with(Json.with(base, "unit", "Enhet B" + round), "version", version).toString();
      CompletableFuture<Api.Response> one = api.sendAsync("PUT", token, member.path(), a);
      CompletableFuture<Api.Response> other = api.sendAsync("PUT", token, member.path(), b);
      List<Api.Response> answers = List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS));

      assertThat(answers).extracting(Api.Response::status)
          .as("two changes of version %d at once (round %d): %s", version, round, answers)
          .containsExactlyInAnyOrder(200, 409);
      Api.Response winner = answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
      Api.Response loser = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
      Problems.assertProblem(loser, 409);
      JsonObject now = api.get(token, member.path()).object();
      assertThat(now).as("the member after both changes").isEqualTo(winner.object());
      assertThat(now.getJsonNumber("version").longValue()).isEqualTo(version + 1);
    }
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    String members = membersPath(KUNGSBACKA, ssgv);
    JsonObject valid = memberBody(uniqueName("Giltig"), KUNGSBACKA);
    Map<String, Map.Entry<String, String>> cases = new LinkedHashMap<>();
    cases.put("name missing", Map.entry("name", Json.without(valid, "name").toString()));
    cases.put("name blank", Map.entry("name", Json.with(valid, "name", "   ").toString()));
    cases.put("name null", Map.entry("name", Json.with(valid, "name", null).toString()));
    cases.put("name too long", Map.entry("name", Json.with(valid, "name", "N".repeat(201)).toString()));
    cases.put("name not text", Map.entry("name", Json.with(valid, "name", Json.of("first", "Maja")).toString()));
    cases.put("email not an address", Map.entry("email", Json.with(valid, "email", "maja-at-example.org").toString()));
    cases.put("email with spaces", Map.entry("email", Json.with(valid, "email", "maja testsson@example.org").toString()));
    cases.put("organisation missing", Map.entry("organisation", Json.without(valid, "organisation").toString()));
    cases.put("organisation unknown", Map.entry("organisation", Json.with(valid, "organisation", "atlantis").toString()));
    cases.put("organisation of the ids of another area", Map.entry("organisation", Json.with(valid, "organisation", "region-skane").toString()));
    cases.put("unit missing", Map.entry("unit", Json.without(valid, "unit").toString()));
    cases.put("unit too long", Map.entry("unit", Json.with(valid, "unit", "U".repeat(201)).toString()));
    cases.put("mandate missing", Map.entry("mandate", Json.without(valid, "mandate").toString()));
    cases.put("mandate too long", Map.entry("mandate", Json.with(valid, "mandate", "M".repeat(1001)).toString()));
    cases.put("role missing", Map.entry("role", Json.without(valid, "role").toString()));
    cases.put("role unknown", Map.entry("role", Json.with(valid, "role", "CHAIR").toString()));
    cases.put("role lower case", Map.entry("role", Json.with(valid, "role", "member").toString()));
    cases.put("role not text", Map.entry("role", Json.with(valid, "role", 7).toString()));

    List<JsonObject> before = coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgv);
    SoftAssertions soft = new SoftAssertions();
    for (Map.Entry<String, Map.Entry<String, String>> c : cases.entrySet()) {
      Api.Response response = api.post(token, members, c.getValue().getValue());
      soft.assertThat(response.status()).as("%s: %s", c.getKey(), response).isEqualTo(400);
      soft.assertThat(response.mediaType()).as("%s: %s", c.getKey(), response).isEqualTo(Problems.MEDIA_TYPE);
      if (response.status() == 400 && response.mediaType().equals(Problems.MEDIA_TYPE)) {
        JsonObject problem = Problems.assertProblem(response, 400);
        soft.assertThat(Json.text(problem, "detail")).as("%s: detail of %s", c.getKey(), response).isNotBlank();
        soft.assertThat(Problems.fields(problem)).as("%s: fields named by %s", c.getKey(), response)
            .contains(c.getValue().getKey());
      }
      if (response.status() == 201) {
        coordination.forget(KUNGSBACKA, ssgv, response.object());
      }
    }
    soft.assertThat(coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgv))
        .as("the group's members after all the bad input").isEqualTo(before);
    soft.assertAll();
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    JsonObject bad = Json.of("name", "", "email", "nope", "organisation", "atlantis", "unit", "", "mandate", "", "role", "CHAIR");
    List<JsonObject> before = coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgv);
    JsonObject problem = assertProblem(api.post(token, membersPath(KUNGSBACKA, ssgv), bad), 400);
    assertThat(Problems.fields(problem))
        .containsAll(List.of("name", "email", "organisation", "unit", "mandate", "role"));
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .allSatisfy(error -> assertThat(Json.text(error, "message")).as("%s", error).isNotBlank());
    assertThat(coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgv)).isEqualTo(before);
  }

  @Test
  void malformedOrEmptyBodiesAreRefused() {
    String members = membersPath(KUNGSBACKA, ssgv);
    List<JsonObject> before = coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgv);
    for (String body : List.of("{\"name\": \"Halv", "{\"name\": \"Ny\",}", "[]", "null", "\"text\"", "")) {
      Api.Response response = api.post(token, members, body);
      JsonObject problem = assertProblem(response, 400);
      assertThat(Json.text(problem, "detail")).as("detail of %s", response).isNotBlank();
    }
    assertThat(coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgv)).isEqualTo(before);
  }

  @Test
  void badChangesAreRefusedAndChangeNothing() {
    Coordination.Made member = coordination.add(KUNGSBACKA, ssgv);
    JsonObject recorded = api.get(token, member.path()).object();
    JsonObject change = Json.with(memberBody(uniqueName("Ändrad"), KUNGSBACKA), "version", 0L);

    assertThat(Problems.fields(assertProblem(api.put(token, member.path(), Json.without(change, "version")), 400)))
        .contains("version");
    assertThat(Problems.fields(assertProblem(api.put(token, member.path(), Json.with(change, "name", "")), 400)))
        .contains("name");
    assertThat(Problems.fields(assertProblem(api.put(token, member.path(), Json.with(change, "role", "BOSS")), 400)))
        .contains("role");
    assertThat(Problems.fields(assertProblem(api.delete(token, member.path()), 400))).contains("version");

    assertThat(api.get(token, member.path()).object()).as("the member after bad changes").isEqualTo(recorded);
  }

  /** The group's memberCount as the group endpoint reports it. */
  private long memberCount() {
    Api.Response group = api.get(token, groupPath(KUNGSBACKA, ssgv));
    assertThat(group.status()).as("%s", group).isEqualTo(200);
    assertThat(group.object().getJsonNumber("id").longValue()).isEqualTo(ssgv);
    assertThat(Json.text(group.object(), "kind")).isEqualTo(Halland.SSGV);
    assertThat(Json.text(group.object(), "name")).isEqualTo("SSGV Kungsbacka");
    return group.object().getJsonNumber("memberCount").longValue();
  }
}
