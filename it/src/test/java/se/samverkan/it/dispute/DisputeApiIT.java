package se.samverkan.it.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.dispute.Disputes.HALMSTAD;
import static se.samverkan.it.dispute.Disputes.LAHOLM;
import static se.samverkan.it.dispute.Disputes.body;
import static se.samverkan.it.dispute.Disputes.escalation;
import static se.samverkan.it.dispute.Disputes.id;
import static se.samverkan.it.dispute.Disputes.ladderPath;
import static se.samverkan.it.dispute.Disputes.path;
import static se.samverkan.it.dispute.Disputes.people;
import static se.samverkan.it.dispute.Disputes.version;
import static se.samverkan.it.support.Halland.SSGB;
import static se.samverkan.it.support.Halland.SSGV;
import static se.samverkan.it.support.Halland.VARBERG;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.fields;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * A dispute climbs the municipality's escalation ladder step by step, each step with its people,
 * deadline and outcome, until it is resolved; illegal moves and stale versions are 409; the ladder
 * is the municipality's to keep; another municipality reaches none of it. The ladder is changed
 * in Varberg only; disputes are made in Halmstad and Laholm, which keep the agreement's ladder.
 */
@ExtendWith(ArquillianExtension.class)
public class DisputeApiIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Disputes disputes;
  private Coordination coordination;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    disputes = new Disputes(api, tokens);
    coordination = new Coordination(api, tokens);
  }

  @Test
  void aDisputeClimbsTheLadderStepByStepUntilResolved() {
    long group = coordination.groupId(HALMSTAD, SSGV);
    JsonObject ladder = api.get(tokens.of(Halland.member(HALMSTAD)), ladderPath(HALMSTAD)).object();
    assertThat(ladder.getBoolean("agreementDefault")).isTrue();
    assertThat(Json.objects(ladder.getJsonArray("steps"))).extracting(s -> Json.text(s, "name"))
        .containsExactly("Närmaste chefer med mandat", "Avdelningschefer", "Förvaltningschefer");

    String question = Coordination.uniqueName("Vem ansvarar för boendestödet vid utskrivning?");
    Api.Response opened = api.post(tokens.of(Halland.member(HALMSTAD)), path(HALMSTAD, group),
        body(question, people("Enhetschef Ett", "enhetschef.ett@example.org", "Enhetschef Två", "enhetschef.tva@example.org")));
    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    JsonObject dispute = opened.object();
    assertThat(opened.location()).hasValueSatisfying(l -> assertThat(l).endsWith(path(HALMSTAD, group, id(dispute))));
    assertThat(Json.text(dispute, "status")).isEqualTo("OPEN");
    assertThat(dispute.getInt("currentStep")).isEqualTo(1);
    assertThat(dispute.getInt("ladderSteps")).isEqualTo(3);
    assertThat(dispute.getBoolean("flagged")).isFalse();
    JsonObject first = Json.objects(dispute.getJsonArray("steps")).get(0);
    assertThat(Json.text(first, "name")).isEqualTo("Närmaste chefer med mandat");
    assertThat(LocalDate.parse(Json.text(first, "deadline")))
        .isEqualTo(LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(14));
    assertThat(Json.objects(first.getJsonArray("people"))).extracting(p -> Json.text(p, "email"))
        .containsExactly("enhetschef.ett@example.org", "enhetschef.tva@example.org");
    assertThat(first).doesNotContainKey("outcome").doesNotContainKey("remindedAt");

    // a member who does not lead the group neither escalates nor resolves
    String member = tokens.of(Halland.member(HALMSTAD));
    assertProblem(api.post(member, path(HALMSTAD, group, id(dispute)) + "/escalation",
        escalation("Ingen enighet", version(dispute), people("Chef", "chef@example.org"))), 403);
    assertProblem(api.post(member, path(HALMSTAD, group, id(dispute)) + "/resolution",
        Json.of("outcome", "Enighet", "version", version(dispute))), 403);

    String coordinator = tokens.of(Halland.coordinator(HALMSTAD));
    JsonObject current = dispute;
    for (int step = 2; step <= 3; step++) {
      Api.Response up = api.post(coordinator, path(HALMSTAD, group, id(dispute)) + "/escalation",
          escalation("Ingen enighet i steg " + (step - 1), version(current), people("Chef " + step, "chef" + step + "@example.org")));
      assertThat(up.status()).as("%s", up).isEqualTo(200);
      assertThat(up.object().getInt("currentStep")).isEqualTo(step);
      // the step before ended with its outcome
      assertThat(Json.text(Json.objects(up.object().getJsonArray("steps")).get(step - 2), "outcome"))
          .isEqualTo("Ingen enighet i steg " + (step - 1));
      // the version just used is stale now
      assertProblem(api.post(coordinator, path(HALMSTAD, group, id(dispute)) + "/escalation",
          escalation("Igen", version(current), people("Chef", "chef@example.org"))), 409);
      current = up.object();
    }
    assertThat(Json.text(Json.objects(current.getJsonArray("steps")).get(2), "name")).isEqualTo("Förvaltningschefer");
    // at most to the heads of administration: no step above the last
    assertProblem(api.post(coordinator, path(HALMSTAD, group, id(dispute)) + "/escalation",
        escalation("Ingen enighet", version(current), people("Chef", "chef@example.org"))), 409);

    Api.Response resolved = api.post(coordinator, path(HALMSTAD, group, id(dispute)) + "/resolution",
        Json.of("outcome", "Förvaltningscheferna enades om delat ansvar.", "version", version(current)));
    assertThat(resolved.status()).as("%s", resolved).isEqualTo(200);
    assertThat(Json.text(resolved.object(), "status")).isEqualTo("RESOLVED");
    assertThat(Json.text(resolved.object(), "outcome")).isEqualTo("Förvaltningscheferna enades om delat ansvar.");
    assertProblem(api.post(coordinator, path(HALMSTAD, group, id(dispute)) + "/resolution",
        Json.of("outcome", "Igen", "version", version(resolved.object()))), 409);
    assertProblem(api.post(coordinator, path(HALMSTAD, group, id(dispute)) + "/escalation",
        escalation("Igen", version(resolved.object()), people("Chef", "chef@example.org"))), 409);

    assertThat(Json.objects(api.get(member, path(HALMSTAD, group) + "?status=RESOLVED&size=100").object()
        .getJsonArray("items"))).extracting(Disputes::id).contains(id(dispute));
    assertThat(Json.objects(api.get(member, path(HALMSTAD, group) + "?status=OPEN&size=100").object()
        .getJsonArray("items"))).extracting(Disputes::id).doesNotContain(id(dispute));
  }

  @Test
  void badInputNamesTheFields() {
    long group = coordination.groupId(LAHOLM, SSGV);
    String member = tokens.of(Halland.member(LAHOLM));
    JsonObject noPeople = jakarta.json.Json.createObjectBuilder()
        .add("question", " ").add("parties", "Parterna").add("agreementSection", "3.6")
        .add("people", jakarta.json.Json.createArrayBuilder()).build();
    assertThat(fields(assertProblem(api.post(member, path(LAHOLM, group), noPeople), 400)))
        .containsExactlyInAnyOrder("people", "question");
    assertThat(fields(assertProblem(api.post(member, path(LAHOLM, group),
        body("Fråga", people("Chef", "inte-en-adress"))), 400))).containsExactly("people[0].email");
    assertThat(fields(assertProblem(api.post(member, path(LAHOLM, group),
        Json.with(body("Fråga", people("Chef", "chef@example.org")), "parties", "Ring 031-12 34 56")), 400)))
        .containsExactly("parties");
    assertThat(fields(assertProblem(api.get(member, path(LAHOLM, group) + "?status=MAYBE"), 400)))
        .containsExactly("status");
  }

  @Test
  void theLadderIsTheMunicipalitysToKeep() {
    String coordinator = tokens.of(Halland.coordinator(VARBERG));
    JsonObject before = api.get(coordinator, ladderPath(VARBERG)).object();
    JsonObject steps = jakarta.json.Json.createObjectBuilder().add("steps", jakarta.json.Json.createArrayBuilder()
        .add(Json.of("name", "Enhetschefer", "deadlineDays", 7))
        .add(Json.of("name", "Verksamhetschefer", "deadlineDays", 14))
        .add(Json.of("name", "Avdelningschefer", "deadlineDays", 14))
        .add(Json.of("name", "Förvaltningschefer", "deadlineDays", 30))).build();
    JsonObject first = before.getBoolean("agreementDefault") ? steps : Json.with(steps, "version", version(before));

    // not a member, not another municipality
    assertProblem(api.put(tokens.of(Halland.member(VARBERG)), ladderPath(VARBERG), first), 403);
    assertProblem(api.put(tokens.of(Halland.coordinator(HALMSTAD)), ladderPath(VARBERG), first), 403);
    assertProblem(api.get(tokens.of(Halland.coordinator(HALMSTAD)), ladderPath(VARBERG)), 403);

    Api.Response changed = api.put(coordinator, ladderPath(VARBERG), first);
    assertThat(changed.status()).as("%s", changed).isEqualTo(200);
    assertThat(changed.object().getBoolean("agreementDefault")).isFalse();
    assertThat(Json.objects(changed.object().getJsonArray("steps"))).extracting(s -> s.getInt("deadlineDays"))
        .containsExactly(7, 14, 14, 30);
    // the same write again: its version is stale (or missing) now
    assertProblem(api.put(coordinator, ladderPath(VARBERG), first), 409);
    assertProblem(api.put(tokens.of(Halland.tenantAdmin(VARBERG)), ladderPath(VARBERG),
        Json.without(steps, "version")), 409);
    // bad steps name the field
    JsonObject bad = jakarta.json.Json.createObjectBuilder().add("version", version(changed.object()))
        .add("steps", jakarta.json.Json.createArrayBuilder()
            .add(Json.of("name", "Chefen på 070-123 45 67", "deadlineDays", 0))).build();
    assertThat(fields(assertProblem(api.put(coordinator, ladderPath(VARBERG), bad), 400)))
        .containsExactlyInAnyOrder("steps[0].deadlineDays", "steps[0].name");
    assertThat(Json.objects(api.get(coordinator, ladderPath(VARBERG)).object().getJsonArray("steps"))).hasSize(4);

    // a dispute opened now climbs this ladder
    long group = coordination.groupId(VARBERG, SSGV);
    JsonObject dispute = disputes.open(Halland.member(VARBERG), VARBERG, group,
        body(Coordination.uniqueName("Fråga om hemsjukvård"), people("Chef", "chef.varberg@example.org")));
    assertThat(dispute.getInt("ladderSteps")).isEqualTo(4);
    assertThat(Json.text(Json.objects(dispute.getJsonArray("steps")).get(0), "name")).isEqualTo("Enhetschefer");
  }

  @Test
  void anotherMunicipalityCanNeitherReadNorChangeIt() {
    long group = coordination.groupId(HALMSTAD, SSGB);
    JsonObject dispute = disputes.open(Halland.member(HALMSTAD), HALMSTAD, group,
        body(Coordination.uniqueName("Fråga om skolplacering"), people("Chef", "chef.halmstad@example.org")));
    String laholm = tokens.of(Halland.coordinator(LAHOLM));
    long laholmGroup = coordination.groupId(LAHOLM, SSGB);
    JsonObject resolve = Json.of("outcome", "Kapad", "version", version(dispute));

    assertProblem(api.get(laholm, path(HALMSTAD, group)), 403);
    assertProblem(api.get(laholm, path(HALMSTAD, group, id(dispute))), 403);
    assertProblem(api.post(laholm, path(HALMSTAD, group, id(dispute)) + "/resolution", resolve), 403);
    assertProblem(api.get(laholm, path(LAHOLM, group)), 404);
    assertProblem(api.get(laholm, path(LAHOLM, group, id(dispute))), 404);
    assertProblem(api.get(laholm, path(LAHOLM, laholmGroup, id(dispute))), 404);
    assertProblem(api.post(laholm, path(LAHOLM, laholmGroup, id(dispute)) + "/resolution", resolve), 404);
    assertProblem(api.post(laholm, path(LAHOLM, laholmGroup, id(dispute)) + "/escalation",
        escalation("Kapad", version(dispute), people("Kuckuk", "kuckuk@example.org"))), 404);
    assertThat(Json.objects(api.get(laholm, path(LAHOLM, laholmGroup) + "?size=100").object().getJsonArray("items")))
        .extracting(Disputes::id).doesNotContain(id(dispute));
    assertThat(Json.text(api.get(tokens.of(Halland.member(HALMSTAD)), path(HALMSTAD, group, id(dispute))).object(),
        "status")).isEqualTo("OPEN");
  }
}
