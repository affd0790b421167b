package se.samverkan.it.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.followup.FollowUps.FALKENBERG;
import static se.samverkan.it.followup.FollowUps.answerOf;
import static se.samverkan.it.followup.FollowUps.report;
import static se.samverkan.it.followup.FollowUps.sets;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.deviation.Deviations;
import se.samverkan.it.dispute.Disputes;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * What a report holds: the figures prefilled from the group's own records, and the indicator set
 * of its year, which RUG's later change (a new set from a year) leaves alone.
 */
@ExtendWith(ArquillianExtension.class)
public class FollowUpContentIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Api api;
  private Tokens tokens;
  private FollowUps followUps;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    followUps = new FollowUps(api, tokens);
  }

  @Test
  void prefilledFiguresEqualTheGroupsRecords() {
    long group = followUps.newGroup(FALKENBERG);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    LocalDate day = today.getDayOfYear() > 1 ? today.minusDays(1) : today;
    Deviations deviations = new Deviations(api, tokens);
    String member = Halland.member(FALKENBERG);
    deviations.bring(member, FALKENBERG, group, Deviations.body(day, "INFORMATION_TRANSFER", "Remissen kom fram sent"));
    deviations.bring(member, FALKENBERG, group, Deviations.body(day, "INFORMATION_TRANSFER", "Epikrisen saknades"));
    deviations.bring(member, FALKENBERG, group, Deviations.body(day, "OTHER", "Annan händelse"));
    Api.Response dispute = api.post(tokens.of(member), Disputes.path(FALKENBERG, group),
        Disputes.body("Vem ansvarar för hemsjukvården?", Disputes.people("Enhetschef Ett", "chef.ett@example.org")));
    assertThat(dispute.status()).as("%s", dispute).isEqualTo(201);

    JsonObject report = followUps.start(FALKENBERG, group, today.getYear());
    assertThat(figures(report, "DEVIATIONS")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "AGREEMENT_FAULT", 0, "COORDINATION_STRUCTURE", 0, "INFORMATION_TRANSFER", 2, "RESPONSIBILITY_UNCLEAR", 0,
        "OTHER", 1));
    assertThat(figures(report, "DISPUTES")).containsExactlyInAnyOrderEntriesOf(Map.of("OPENED", 1, "STILL_OPEN", 1));
    assertThat(figures(report, "ASSIGNMENT_REPORTS"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("PROGRESS_REPORTS", 0, "FINAL_REPORTS", 0));
    // each figure says where it comes from, and starts as recorded
    for (JsonObject figure : se.samverkan.it.support.Json.objects(answerOf(report, "DEVIATIONS").getJsonArray("figures"))) {
      assertThat(figure.getInt("value")).isEqualTo(figure.getInt("recorded"));
      assertThat(figure.getString("source")).contains(String.valueOf(today.getYear()));
    }
  }

  @Test
  void aNewSetFromAYearLeavesTheReportsOfEarlierYearsAlone() throws Exception {
    int year = FollowUps.unusedYear(stack, "indicator_set");
    String rug = followUps.rug();
    long group = followUps.newGroup(FALKENBERG);
    JsonObject earlier = followUps.start(FALKENBERG, group, year - 1);
    long earlierSet = earlier.getJsonNumber("indicatorSetId").longValue();
    List<String> earlierCodes = codes(earlier);

    // a municipality reads the sets but does not make them
    String coordinator = followUps.coordinator(FALKENBERG);
    assertThat(api.get(coordinator, sets(FALKENBERG)).status()).isEqualTo(200);
    assertProblem(api.post(coordinator, sets(FALKENBERG), Json.createObjectBuilder()
        .add("validFromYear", year).add("name", "Kommunens egen").build()), 403);

    Api.Response created = api.post(rug, sets(REGION), Json.createObjectBuilder()
        .add("validFromYear", year).add("name", "Indikatorer från " + year).build());
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonObject set = created.object();
    long setId = set.getJsonNumber("id").longValue();
    assertThat(set.getBoolean("inUse")).isFalse();
    assertThat(se.samverkan.it.support.Json.objects(set.getJsonArray("indicators")))
        .extracting(i -> i.getString("code")).containsExactlyElementsOf(earlierCodes);
    // one set per first year
    assertProblem(api.post(rug, sets(REGION), Json.createObjectBuilder()
        .add("validFromYear", year).add("name", "Dubblett").build()), 400);

    Api.Response added = api.post(rug, sets(REGION) + "/" + setId + "/indicators", Json.createObjectBuilder()
        .add("code", "USER_COUNCIL").add("heading", "Brukarmedverkan").add("kind", "CHOICE")
        .add("choices", Json.createArrayBuilder().add("Inte alls").add("Ibland").add("Regelbundet"))
        .add("required", true).build());
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    // moved first, then the move is visible in the order
    JsonObject choice = se.samverkan.it.support.Json.objects(added.object().getJsonArray("indicators")).stream()
        .filter(i -> i.getString("code").equals("USER_COUNCIL")).findFirst().orElseThrow();
    Api.Response moved = api.put(rug, sets(REGION) + "/" + setId + "/indicators/" + choice.getJsonNumber("id"),
        Json.createObjectBuilder(choice).add("position", 1).remove("id").build());
    assertThat(moved.status()).as("%s", moved).isEqualTo(200);
    assertThat(se.samverkan.it.support.Json.objects(moved.object().getJsonArray("indicators")).get(0)
        .getString("code")).isEqualTo("USER_COUNCIL");

    // the earlier year's report keeps its set and its indicators
    JsonObject earlierAgain = api.get(coordinator, report(FALKENBERG, group, year - 1)).object();
    assertThat(earlierAgain.getJsonNumber("indicatorSetId").longValue()).isEqualTo(earlierSet);
    assertThat(codes(earlierAgain)).containsExactlyElementsOf(earlierCodes);

    // the new year's report is made on the new set; from then on the set is not changed
    JsonObject later = followUps.start(FALKENBERG, group, year);
    assertThat(later.getJsonNumber("indicatorSetId").longValue()).isEqualTo(setId);
    assertThat(codes(later)).first().isEqualTo("USER_COUNCIL");
    JsonObject inUse = api.get(rug, sets(REGION) + "/" + setId).object();
    assertThat(inUse.getBoolean("inUse")).isTrue();
    assertProblem(api.post(rug, sets(REGION) + "/" + setId + "/indicators", Json.createObjectBuilder()
        .add("code", "LATE").add("heading", "För sent").add("kind", "TEXT").build()), 409);
    assertProblem(api.put(rug, sets(REGION) + "/" + setId, Json.createObjectBuilder()
        .add("name", "Nytt namn").add("version", inUse.getJsonNumber("version").longValue()).build()), 409);

    // a choice outside the indicator's options is refused, naming the indicator
    long choiceId = answerOf(later, "USER_COUNCIL").getJsonNumber("indicatorId").longValue();
    JsonObject wrong = assertProblem(api.put(coordinator, FollowUps.answer(FALKENBERG, group, year, choiceId),
        Json.createObjectBuilder().add("choice", "Varje dag")
            .add("version", answerOf(later, "USER_COUNCIL").getJsonNumber("version").longValue()).build()), 400);
    assertThat(se.samverkan.it.support.Problems.fields(wrong)).containsExactly("answers.USER_COUNCIL");
  }

  private static Map<String, Integer> figures(JsonObject report, String code) {
    Map<String, Integer> figures = new HashMap<>();
    for (JsonObject figure : se.samverkan.it.support.Json.objects(answerOf(report, code).getJsonArray("figures"))) {
      figures.put(figure.getString("key"), figure.getInt("value"));
    }
    return figures;
  }

  private static List<String> codes(JsonObject report) {
    return FollowUps.answers(report).stream().map(a -> a.getString("code")).toList();
  }
}
