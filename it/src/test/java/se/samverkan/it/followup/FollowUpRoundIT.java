package se.samverkan.it.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.followup.FollowUps.FALKENBERG;
import static se.samverkan.it.followup.FollowUps.answer;
import static se.samverkan.it.followup.FollowUps.answerOf;
import static se.samverkan.it.followup.FollowUps.report;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.fields;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The yearly round through the API: a group submits, RUG returns it with a comment, the group
 * edits and submits again (a new submission), RUG approves; an approved report is locked (409)
 * until RUG reopens it. Illegal steps answer 409 with the reason; stale versions 409.
 */
@ExtendWith(ArquillianExtension.class)
public class FollowUpRoundIT {

  private static final int YEAR = 2024;

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private FollowUps followUps;
  private long group;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    followUps = new FollowUps(api, new Tokens(stack));
    group = followUps.newGroup(FALKENBERG);
  }

  @Test
  void aReturnedReportIsEditedAndResubmittedAnApprovedOneIsLockedUntilReopened() {
    String coordinator = followUps.coordinator(FALKENBERG);
    JsonObject report = followUps.start(FALKENBERG, group, YEAR);
    assertThat(report.getString("state")).isEqualTo("DRAFT");
    assertThat(report.getBoolean("editable")).isTrue();

    // a required text left empty: not submitted, the indicator named
    JsonObject incomplete = assertProblem(followUps.submit(FALKENBERG, group, report), 400);
    assertThat(fields(incomplete)).containsExactly("answers.STRUCTURES");

    report = followUps.fillTexts(FALKENBERG, group, report, "Gruppen har mötts varje månad.");
    // a submit of a version someone changed since: 409, nothing sent
    JsonObject stale = Json.createObjectBuilder(report).add("version", report.getJsonNumber("version").longValue() - 1)
        .build();
    assertProblem(followUps.submit(FALKENBERG, group, stale), 409);

    Api.Response submitted = followUps.submit(FALKENBERG, group, report);
    assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
    report = submitted.object();
    assertThat(report.getString("state")).isEqualTo("SUBMITTED");
    assertThat(report.getBoolean("editable")).isFalse();
    // waiting for RUG: no edit, no second submit
    long structures = answerOf(report, "STRUCTURES").getJsonNumber("indicatorId").longValue();
    assertProblem(api.put(coordinator, answer(FALKENBERG, group, YEAR, structures), textBody(report, structures, "Nytt")),
        409);
    assertProblem(followUps.submit(FALKENBERG, group, report), 409);

    // RUG: a return needs a comment; approving is fine once
    JsonObject first = followUps.latestSubmission(group, YEAR);
    assertThat(first.getString("status")).isEqualTo("SUBMITTED");
    assertThat(first.getInt("sequence")).isEqualTo(1);
    assertThat(fields(assertProblem(followUps.review(first, "RETURNED", null), 400))).containsExactly("comment");
    assertProblem(followUps.review(first, "REOPENED", null), 409);
    Api.Response returned = followUps.review(first, "RETURNED", "Beskriv strukturerna mer konkret.");
    assertThat(returned.status()).as("%s", returned).isEqualTo(200);
    assertProblem(followUps.review(first, "APPROVED", null), 409); // stale version
    assertProblem(followUps.review(returned.object(), "APPROVED", null), 409); // returned: not waiting

    // the group sees the return with RUG's comment, edits and submits again
    report = api.get(coordinator, report(FALKENBERG, group, YEAR)).object();
    assertThat(report.getString("state")).isEqualTo("RETURNED");
    assertThat(report.getBoolean("editable")).isTrue();
    assertThat(report.getString("reviewComment")).isEqualTo("Beskriv strukturerna mer konkret.");
    Api.Response edited = api.put(coordinator, answer(FALKENBERG, group, YEAR, structures),
        textBody(report, structures, "Gruppen har infört en gemensam kontaktlista och möts varje månad."));
    assertThat(edited.status()).as("%s", edited).isEqualTo(200);
    report = edited.object();
    assertThat(report.getString("state")).isEqualTo("DRAFT");
    report = followUps.submit(FALKENBERG, group, report).object();
    assertThat(report.getString("state")).isEqualTo("SUBMITTED");

    // the region reads the latest: a new submission; the earlier one can no longer be reviewed
    JsonObject second = followUps.latestSubmission(group, YEAR);
    assertThat(second.getInt("sequence")).isEqualTo(2);
    JsonObject firstNow = api.get(followUps.rug(), FollowUps.submission(Halland.REGION,
        first.getJsonNumber("id").longValue())).object();
    assertThat(firstNow.getBoolean("latest")).isFalse();
    assertProblem(followUps.review(firstNow, "APPROVED", null), 409);
    JsonObject secondDetails = api.get(followUps.rug(), FollowUps.submission(Halland.REGION,
        second.getJsonNumber("id").longValue())).object();
    assertThat(answerOf(secondDetails, "STRUCTURES").getString("text"))
        .isEqualTo("Gruppen har infört en gemensam kontaktlista och möts varje månad.");
    assertThat(answerOf(firstNow, "STRUCTURES").getString("text")).isEqualTo("Gruppen har mötts varje månad.");

    Api.Response approved = followUps.review(secondDetails, "APPROVED", "Tack!");
    assertThat(approved.status()).as("%s", approved).isEqualTo(200);
    assertThat(approved.object().getString("status")).isEqualTo("APPROVED");

    // approved: locked for the group
    report = api.get(coordinator, report(FALKENBERG, group, YEAR)).object();
    assertThat(report.getString("state")).isEqualTo("APPROVED");
    assertThat(report.getBoolean("editable")).isFalse();
    assertProblem(api.put(coordinator, answer(FALKENBERG, group, YEAR, structures),
        textBody(report, structures, "Ändrat efter godkännande")), 409);
    assertProblem(followUps.submit(FALKENBERG, group, report), 409);
    // only RUG reopens: the municipality cannot review at all
    assertProblem(api.post(coordinator, FollowUps.submission(FALKENBERG, second.getJsonNumber("id").longValue())
        + "/review", Json.createObjectBuilder().add("step", "REOPENED").add("version", 0).build()), 403);

    Api.Response reopened = followUps.review(approved.object(), "REOPENED", "Komplettera med 2024 års siffror.");
    assertThat(reopened.status()).as("%s", reopened).isEqualTo(200);
    report = api.get(coordinator, report(FALKENBERG, group, YEAR)).object();
    assertThat(report.getString("state")).isEqualTo("REOPENED");
    assertThat(api.put(coordinator, answer(FALKENBERG, group, YEAR, structures),
        textBody(report, structures, "Kompletterat.")).status()).isEqualTo(200);

    // every step with who and when, in order
    report = api.get(coordinator, report(FALKENBERG, group, YEAR)).object();
    List<String> steps = se.samverkan.it.support.Json.objects(report.getJsonArray("history")).stream()
        .peek(h -> assertThat(h).containsKeys("at", "by"))
        .map(h -> h.getString("step")).toList();
    assertThat(steps).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "REOPENED");
  }

  @Test
  void staleAnswersAndChangedFiguresWithoutAReasonAreRefused() {
    String coordinator = followUps.coordinator(FALKENBERG);
    JsonObject report = followUps.start(FALKENBERG, group, YEAR);
    JsonObject deviations = answerOf(report, "DEVIATIONS");
    long indicator = deviations.getJsonNumber("indicatorId").longValue();
    JsonObject other = se.samverkan.it.support.Json.objects(deviations.getJsonArray("figures")).stream()
        .filter(f -> f.getString("key").equals("OTHER")).findFirst().orElseThrow();
    assertThat(other.getInt("recorded")).isZero();
    assertThat(other.getString("source")).contains(String.valueOf(YEAR));

    JsonObject noReason = Json.createObjectBuilder()
        .add("figures", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "OTHER").add("value", 3)))
        .add("version", deviations.getJsonNumber("version").longValue()).build();
    assertThat(fields(assertProblem(api.put(coordinator, answer(FALKENBERG, group, YEAR, indicator), noReason), 400)))
        .containsExactly("figures.OTHER.reason");

    JsonObject withReason = Json.createObjectBuilder()
        .add("figures", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "OTHER").add("value", 3)
            .add("reason", "Tre avvikelser registrerades på papper innan systemet infördes.")))
        .add("version", deviations.getJsonNumber("version").longValue()).build();
    Api.Response changed = api.put(coordinator, answer(FALKENBERG, group, YEAR, indicator), withReason);
    assertThat(changed.status()).as("%s", changed).isEqualTo(200);
    JsonObject figure = se.samverkan.it.support.Json.objects(answerOf(changed.object(), "DEVIATIONS")
        .getJsonArray("figures")).stream().filter(f -> f.getString("key").equals("OTHER")).findFirst().orElseThrow();
    assertThat(figure.getInt("value")).isEqualTo(3);
    assertThat(figure.getInt("recorded")).isZero();
    assertThat(figure.getString("reason")).startsWith("Tre avvikelser");

    // the same version again: someone else changed it in the meantime
    assertProblem(api.put(coordinator, answer(FALKENBERG, group, YEAR, indicator), withReason), 409);
    // a member writes too; a second report for the year is refused
    assertThat(api.put(followUps.tokensMember(FALKENBERG), answer(FALKENBERG, group, YEAR,
        answerOf(report, "STRUCTURES").getJsonNumber("indicatorId").longValue()),
        textBody(report, answerOf(report, "STRUCTURES").getJsonNumber("indicatorId").longValue(), "Av en ledamot"))
        .status()).isEqualTo(200);
    assertProblem(api.post(coordinator, FollowUps.reports(FALKENBERG, group),
        se.samverkan.it.support.Json.of("year", YEAR)), 409);
  }

  private static JsonObject textBody(JsonObject report, long indicatorId, String text) {
    return Json.createObjectBuilder().add("text", text)
        .add("version", answerOf(report, indicatorId).getJsonNumber("version").longValue()).build();
  }
}
