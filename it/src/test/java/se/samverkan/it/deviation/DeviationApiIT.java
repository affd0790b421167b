package se.samverkan.it.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.deviation.Deviations.HALMSTAD;
import static se.samverkan.it.deviation.Deviations.LAHOLM;
import static se.samverkan.it.deviation.Deviations.body;
import static se.samverkan.it.deviation.Deviations.id;
import static se.samverkan.it.deviation.Deviations.path;
import static se.samverkan.it.deviation.Deviations.version;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.SSGB;
import static se.samverkan.it.support.Halland.SSGV;
import static se.samverkan.it.support.Halland.VARBERG;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.fields;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
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
import se.samverkan.it.support.Meetings;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * A member brings a deviation for their own organisation, the group's leaders analyse it at a
 * meeting and close it; illegal moves and stale versions are 409; a deviation the group concludes
 * is a regional fault is raised to RUG, which sees that and nothing else. Varberg, Halmstad and
 * Laholm only.
 */
@ExtendWith(ArquillianExtension.class)
public class DeviationApiIT {

  private static final LocalDate LAST_WEEK = LocalDate.now().minusWeeks(1);

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Deviations deviations;
  private Coordination coordination;
  private Meetings meetings;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    deviations = new Deviations(api, tokens);
    coordination = new Coordination(api, tokens);
    meetings = new Meetings(api, tokens);
  }

  @Test
  void aMemberBringsItTheLeadersAnalyseItAtAMeetingAndCloseIt() {
    long group = coordination.groupId(VARBERG, SSGV);
    String description = Coordination.uniqueName("Kallelsen till SIP kom fram efter mötet");
    Api.Response brought = api.post(tokens.of(Halland.member(VARBERG)), path(VARBERG, group),
        body(LAST_WEEK, "INFORMATION_TRANSFER", description));
    assertThat(brought.status()).as("%s", brought).isEqualTo(201);
    JsonObject deviation = brought.object();
    assertThat(brought.location()).hasValueSatisfying(l -> assertThat(l).endsWith(path(VARBERG, group, id(deviation))));
    assertThat(Json.text(deviation, "status")).isEqualTo("BROUGHT");
    assertThat(Json.text(deviation, "reportingOrganisation")).as("the bringer's own organisation").isEqualTo(VARBERG);
    assertThat(Json.text(deviation, "description")).isEqualTo(description);
    assertThat(deviation).doesNotContainKey("analysis").doesNotContainKey("raisedAt");
    assertThat(deviation.getBoolean("raisedToRug")).isFalse();

    // listed with the filters that match it, not with those that do not
    String member = tokens.of(Halland.member(VARBERG));
    assertThat(ids(api.get(member, path(VARBERG, group) + "?status=BROUGHT&category=INFORMATION_TRANSFER&year="
        + LAST_WEEK.getYear()))).contains(id(deviation));
    assertThat(ids(api.get(member, path(VARBERG, group) + "?category=OTHER"))).doesNotContain(id(deviation));
    assertThat(fields(assertProblem(api.get(member, path(VARBERG, group) + "?status=LOST"), 400)))
        .containsExactly("status");

    // a member who does not lead the group does not analyse
    long meeting = Meetings.id(meetings.plan(VARBERG, group, Meetings.now().minusDays(1), "Stadshuset"));
    JsonObject analysis = Json.of("meetingId", meeting, "analysis", "Rutinen för kallelser behöver ses över.",
        "conclusion", "LOCAL_IMPROVEMENT", "version", version(deviation));
    assertProblem(api.post(member, path(VARBERG, group, id(deviation)) + "/analysis", analysis), 403);

    // closing before the analysis is an illegal move
    String coordinator = tokens.of(Halland.coordinator(VARBERG));
    assertProblem(api.post(coordinator, path(VARBERG, group, id(deviation)) + "/closure",
        Json.of("version", version(deviation))), 409);

    // a meeting of another group is not where this group analysed it
    long otherMeeting = Meetings.id(meetings.plan(VARBERG, coordination.groupId(VARBERG, SSGB),
        Meetings.now().minusDays(2), "Stadshuset"));
    assertThat(fields(assertProblem(api.post(coordinator, path(VARBERG, group, id(deviation)) + "/analysis",
        Json.with(analysis, "meetingId", otherMeeting)), 400))).containsExactly("meetingId");

    Api.Response analysed = api.post(coordinator, path(VARBERG, group, id(deviation)) + "/analysis", analysis);
    assertThat(analysed.status()).as("%s", analysed).isEqualTo(200);
    assertThat(Json.text(analysed.object(), "status")).isEqualTo("ANALYSED");
    assertThat(analysed.object().getJsonNumber("meetingId").longValue()).isEqualTo(meeting);
    assertThat(Json.text(analysed.object(), "conclusion")).isEqualTo("LOCAL_IMPROVEMENT");
    assertThat(analysed.object()).containsKey("analysedBy").containsKey("analysedAt");

    // the same analysis again: stale version, and with the new version an illegal move
    assertProblem(api.post(coordinator, path(VARBERG, group, id(deviation)) + "/analysis", analysis), 409);
    assertProblem(api.post(coordinator, path(VARBERG, group, id(deviation)) + "/analysis",
        Json.with(analysis, "version", version(analysed.object()))), 409);
    // a local improvement is not raised to RUG
    assertProblem(api.post(coordinator, path(VARBERG, group, id(deviation)) + "/rug",
        Json.of("summary", "Sammanfattning", "version", version(analysed.object()))), 409);

    Api.Response closed = api.post(coordinator, path(VARBERG, group, id(deviation)) + "/closure",
        Json.of("version", version(analysed.object())));
    assertThat(closed.status()).as("%s", closed).isEqualTo(200);
    assertThat(Json.text(closed.object(), "status")).isEqualTo("CLOSED");
    assertProblem(api.post(coordinator, path(VARBERG, group, id(deviation)) + "/closure",
        Json.of("version", version(closed.object()))), 409);
    assertThat(Json.text(api.get(member, path(VARBERG, group, id(deviation))).object(), "status")).isEqualTo("CLOSED");
  }

  @Test
  void badInputNamesEachFieldAndNothingIsStored() {
    long group = coordination.groupId(HALMSTAD, SSGB);
    String member = tokens.of(Halland.member(HALMSTAD));
    JsonObject bad = Json.with(Json.with(Json.with(body(LAST_WEEK, "SORT_OF", " "),
        "fullyHandledAndDeIdentified", false), "occurredOn", "igår"), "targetGroup", "ALLA");
    assertThat(fields(assertProblem(api.post(member, path(HALMSTAD, group), bad), 400)))
        .containsExactlyInAnyOrder("category", "description", "fullyHandledAndDeIdentified", "occurredOn", "targetGroup");
    assertThat(fields(assertProblem(api.post(member, path(HALMSTAD, group),
        body(LocalDate.now().plusDays(3), "OTHER", "Händer i framtiden")), 400))).containsExactly("occurredOn");
    // an observer of a user organisation does not bring deviations
    long observed = coordination.groupId(HALMSTAD, SSGV);
    Api.Response observer = api.post(tokens.of(Halland.NSPH_OBSERVER), path(HALMSTAD, observed),
        body(LAST_WEEK, "OTHER", "Observatören"));
    assertThat(observer.status()).as("%s", observer).isIn(403, 404);
  }

  @Test
  void anotherMunicipalityCanNeitherReadNorChangeIt() {
    long group = coordination.groupId(VARBERG, SSGB);
    JsonObject deviation = deviations.bring(Halland.member(VARBERG), VARBERG, group,
        body(LAST_WEEK, "RESPONSIBILITY_UNCLEAR", Coordination.uniqueName("Oklart ansvar")));
    String halmstad = tokens.of(Halland.coordinator(HALMSTAD));
    long halmstadGroup = coordination.groupId(HALMSTAD, SSGB);
    JsonObject version = Json.of("version", version(deviation));

    // Varberg's space: forbidden
    assertProblem(api.get(halmstad, path(VARBERG, group)), 403);
    assertProblem(api.get(halmstad, path(VARBERG, group, id(deviation))), 403);
    assertProblem(api.post(halmstad, path(VARBERG, group, id(deviation)) + "/closure", version), 403);
    // Halmstad's own space, Varberg's ids: not found
    assertProblem(api.get(halmstad, path(HALMSTAD, group)), 404);
    assertProblem(api.get(halmstad, path(HALMSTAD, group, id(deviation))), 404);
    assertProblem(api.get(halmstad, path(HALMSTAD, halmstadGroup, id(deviation))), 404);
    assertProblem(api.post(halmstad, path(HALMSTAD, halmstadGroup, id(deviation)) + "/closure", version), 404);
    assertProblem(api.post(halmstad, path(HALMSTAD, halmstadGroup, id(deviation)) + "/rug",
        Json.of("summary", "Kapad", "version", version(deviation))), 404);
    assertProblem(api.post(halmstad, path(HALMSTAD, halmstadGroup, id(deviation)) + "/analysis",
        Json.of("meetingId", 1, "analysis", "Kapad", "conclusion", "RAISE_TO_RUG", "version", 0)), 404);
    assertThat(ids(api.get(halmstad, path(HALMSTAD, halmstadGroup)))).doesNotContain(id(deviation));
    assertProblem(api.get(halmstad, "/spaces/" + HALMSTAD + "/groups/" + group + "/deviation-statistics/2026"), 404);
    // nor does the region's RUG read it: it was never raised
    assertProblem(api.get(tokens.of(Halland.user(REGION, "rug")), path(VARBERG, group, id(deviation))), 403);
    assertThat(Json.text(api.get(tokens.of(Halland.member(VARBERG)), path(VARBERG, group, id(deviation))).object(),
        "status")).as("unchanged").isEqualTo("BROUGHT");
  }

  @Test
  void theRegionSeesOnlyWhatWasRaisedToRug() {
    long group = coordination.groupId(LAHOLM, SSGB);
    long meeting = Meetings.id(meetings.plan(LAHOLM, group, Meetings.now().minusDays(3), "Rådhuset"));
    String raisedText = Coordination.uniqueName("Ingen rutin för överföring mellan BUP och skola");
    String keptText = Coordination.uniqueName("Lokalt: kallelser skickades sent");
    JsonObject toRaise = deviations.analyse(LAHOLM, group,
        deviations.bring(Halland.member(LAHOLM), LAHOLM, group, body(LAST_WEEK, "AGREEMENT_FAULT", raisedText)),
        meeting, "RAISE_TO_RUG");
    JsonObject kept = deviations.analyse(LAHOLM, group,
        deviations.bring(Halland.member(LAHOLM), LAHOLM, group, body(LAST_WEEK, "OTHER", keptText)),
        meeting, "RAISE_TO_RUG");
    String coordinator = tokens.of(Halland.coordinator(LAHOLM));
    String summary = Coordination.uniqueName("Överenskommelsen saknar rutin för informationsöverföring BUP–skola");

    // only the group's leaders raise, deliberately, with a summary that passes the guard
    assertProblem(api.post(tokens.of(Halland.member(LAHOLM)), path(LAHOLM, group, id(toRaise)) + "/rug",
        Json.of("summary", summary, "version", version(toRaise))), 403);
    assertThat(fields(assertProblem(api.post(coordinator, path(LAHOLM, group, id(toRaise)) + "/rug",
        Json.of("summary", "Ring 070-123 45 67", "version", version(toRaise))), 400))).containsExactly("summary");
    Api.Response raised = api.post(coordinator, path(LAHOLM, group, id(toRaise)) + "/rug",
        Json.of("summary", summary, "version", version(toRaise)));
    assertThat(raised.status()).as("%s", raised).isEqualTo(200);
    assertThat(raised.object().getBoolean("raisedToRug")).isTrue();
    assertThat(raised.object()).containsKey("raisedBy").containsKey("raisedAt");
    assertThat(Json.text(raised.object(), "rugSummary")).isEqualTo(summary);
    assertProblem(api.post(coordinator, path(LAHOLM, group, id(toRaise)) + "/rug",
        Json.of("summary", summary, "version", version(raised.object()))), 409);

    String rug = tokens.of(Halland.user(REGION, "rug"));
    List<JsonObject> seen = all(rug, "/spaces/" + REGION + "/raised-deviations");
    List<JsonObject> ours = seen.stream()
        .filter(r -> LAHOLM.equals(Json.text(r, "party")) && r.getJsonNumber("groupId").longValue() == group).toList();
    assertThat(ours).extracting(r -> r.getJsonNumber("deviationId").longValue())
        .contains(id(toRaise)).doesNotContain(id(kept));
    JsonObject snapshot = ours.stream()
        .filter(r -> r.getJsonNumber("deviationId").longValue() == id(toRaise)).findFirst().orElseThrow();
    assertThat(Json.text(snapshot, "summary")).isEqualTo(summary);
    assertThat(Json.text(snapshot, "category")).isEqualTo("AGREEMENT_FAULT");
    assertThat(Json.text(snapshot, "groupName")).isEqualTo(Halland.groupName(SSGB, LAHOLM));
    assertThat(snapshot.toString()).doesNotContain(raisedText).doesNotContain(keptText);
    assertThat(seen.toString()).doesNotContain(keptText);
    assertThat(api.get(rug, "/spaces/" + REGION + "/raised-deviations/" + id(snapshot)).status()).isEqualTo(200);

    // the list is RUG's, in the region's own space
    assertProblem(api.get(coordinator, "/spaces/" + LAHOLM + "/raised-deviations"), 403);
    assertProblem(api.get(tokens.of(Halland.user(REGION, "secretariat")), "/spaces/" + REGION + "/raised-deviations"), 403);
    assertProblem(api.get(coordinator, "/spaces/" + REGION + "/raised-deviations"), 403);
  }

  @Test
  void theFiguresOfAYearCountByCategoryTargetGroupSectionAndConclusion() {
    long group = coordination.groupId(HALMSTAD, SSGV);
    LocalDate inYear = LocalDate.of(2004, 5, 17);
    String member = Halland.member(HALMSTAD);
    long meeting = Meetings.id(meetings.plan(HALMSTAD, group, Meetings.now().minusDays(1), "Stadshuset"));
    deviations.analyse(HALMSTAD, group, deviations.bring(member, HALMSTAD, group,
        body(inYear, "INFORMATION_TRANSFER", "Information saknades")), meeting, "LOCAL_IMPROVEMENT");
    deviations.bring(member, HALMSTAD, group, body(inYear.plusMonths(2), "INFORMATION_TRANSFER", "Information sen"));
    deviations.bring(member, HALMSTAD, group,
        Json.with(body(inYear.plusMonths(3), "OTHER", "Annat"), "agreementSection", "3.5 Avvikelser"));
    deviations.bring(member, HALMSTAD, group, body(LocalDate.of(2005, 1, 1), "OTHER", "Nästa år"));

    Api.Response figures = api.get(tokens.of(member),
        "/spaces/" + HALMSTAD + "/groups/" + group + "/deviation-statistics/2004");
    assertThat(figures.status()).as("%s", figures).isEqualTo(200);
    JsonObject f = figures.object();
    assertThat(f.getJsonNumber("deviations").longValue()).isEqualTo(3);
    assertThat(f.getJsonObject("byCategory").getJsonNumber("INFORMATION_TRANSFER").longValue()).isEqualTo(2);
    assertThat(f.getJsonObject("byCategory").getJsonNumber("OTHER").longValue()).isEqualTo(1);
    assertThat(f.getJsonObject("byCategory").getJsonNumber("AGREEMENT_FAULT").longValue()).isZero();
    assertThat(f.getJsonObject("byTargetGroup").getJsonNumber("CHILDREN").longValue()).isEqualTo(3);
    assertThat(f.getJsonObject("bySection").getJsonNumber("4.1 SIP").longValue()).isEqualTo(2);
    assertThat(f.getJsonObject("bySection").getJsonNumber("3.5 Avvikelser").longValue()).isEqualTo(1);
    assertThat(f.getJsonObject("byConclusion").getJsonNumber("LOCAL_IMPROVEMENT").longValue()).isEqualTo(1);
    assertThat(f.getJsonObject("byConclusion").getJsonNumber("NOT_ANALYSED").longValue()).isEqualTo(2);
    assertThat(fields(assertProblem(api.get(tokens.of(member),
        "/spaces/" + HALMSTAD + "/groups/" + group + "/deviation-statistics/tjugo"), 400))).containsExactly("year");
  }

  private List<Long> ids(Api.Response list) {
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    return Json.objects(list.object().getJsonArray("items")).stream().map(Deviations::id).toList();
  }

  private List<JsonObject> all(String token, String path) {
    Api.Response response = api.get(token, path + "?size=100");
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return Json.objects(response.object().getJsonArray("items"));
  }
}
