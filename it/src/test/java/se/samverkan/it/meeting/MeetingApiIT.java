package se.samverkan.it.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Halland.KUNGSBACKA;
import static se.samverkan.it.support.Halland.SSGB;
import static se.samverkan.it.support.Halland.SSGV;
import static se.samverkan.it.support.Halland.VARBERG;
import static se.samverkan.it.support.Meetings.actionItemsPath;
import static se.samverkan.it.support.Meetings.id;
import static se.samverkan.it.support.Meetings.meetingPath;
import static se.samverkan.it.support.Meetings.meetingsPath;
import static se.samverkan.it.support.Meetings.now;
import static se.samverkan.it.support.Meetings.planBody;
import static se.samverkan.it.support.Meetings.version;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.fields;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import se.samverkan.it.support.Meetings;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * A group's meetings through the API: planning with the agreement's standing agenda, minutes that
 * only the leaders see until approved, action items that follow the group until done, and who may
 * read and write what. Meetings are made in Varberg, whose meetings no other test counts; each
 * test finds its own by a unique place.
 */
@ExtendWith(ArquillianExtension.class)
public class MeetingApiIT {

  private static final List<String> STANDING = List.of("LOCAL_STRUCTURES", "DEVIATIONS_AND_DISPUTES",
      "ORGANISATIONAL_CHANGES", "DIVISION_OF_RESPONSIBILITY", "CO_OPTING");

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Coordination coordination;
  private Meetings meetings;
  private long ssgb;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    coordination = new Coordination(api, tokens);
    meetings = new Meetings(api, tokens);
    ssgb = coordination.groupId(VARBERG, SSGB);
  }

  @AfterEach
  void tearDown() {
    coordination.cleanUp();
  }

  @Test
  void aPlannedMeetingOpensWithTheStandingItemsAndTheGroupsOwn() {
    String place = uniqueName("Stadshuset");
    Api.Response created = api.post(coordinatorToken(), meetingsPath(VARBERG, ssgb),
        planBody(now().plusDays(14), place, List.of("Samordnad individuell plan", "Övrigt")));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonObject meeting = created.object();
    assertThat(created.location()).hasValueSatisfying(l -> assertThat(l).endsWith(meetingPath(VARBERG, ssgb, id(meeting))));
    List<JsonObject> agenda = Json.objects(meeting.getJsonArray("agenda"));
    assertThat(agenda).hasSize(7);
    assertThat(agenda.subList(0, 5)).extracting(i -> Json.text(i, "standingItem")).containsExactlyElementsOf(STANDING);
    assertThat(agenda.subList(5, 7)).extracting(i -> Json.text(i, "title"))
        .containsExactly("Samordnad individuell plan", "Övrigt");
    assertThat(Json.text(meeting, "minutesStatus")).isEqualTo("DRAFT");

    Api.Response upcoming = api.get(tokens.of(Halland.member(VARBERG)),
        meetingsPath(VARBERG, ssgb) + "?when=upcoming&q=" + encode(place));
    assertThat(upcoming.status()).isEqualTo(200);
    assertThat(Json.objects(upcoming.object().getJsonArray("items"))).extracting(Meetings::id).containsExactly(id(meeting));
  }

  @Test
  void draftMinutesAreTheLeadersUntilApprovedThenTheGroupReadsThemAndTheyNoLongerChange() {
    JsonObject meeting = meetings.plan(VARBERG, ssgb, now().minusDays(2), uniqueName("Rådhuset"));
    JsonObject firstItem = Json.objects(meeting.getJsonArray("agenda")).get(0);
    String itemPath = meetingPath(VARBERG, ssgb, id(meeting)) + "/agenda/" + id(firstItem) + "/minutes";

    Api.Response written = api.put(coordinatorToken(), itemPath, Json.of(
        "notes", "Gruppen gick igenom rutinen för SIP", "decisions", "Rutinen revideras", "version", version(firstItem)));
    assertThat(written.status()).as("%s", written).isEqualTo(200);
    assertThat(Json.text(written.object(), "notes")).isEqualTo("Gruppen gick igenom rutinen för SIP");

    JsonObject asMember = meetings.read(Halland.member(VARBERG), VARBERG, ssgb, id(meeting));
    assertThat(asMember.getBoolean("minutesVisible")).isFalse();
    assertThat(Json.objects(asMember.getJsonArray("agenda")).get(0)).as("a member does not read draft minutes")
        .doesNotContainKeys("notes", "decisions");

    JsonObject approved = meetings.approve(VARBERG, ssgb, meetings.read(Halland.coordinator(VARBERG), VARBERG, ssgb, id(meeting)));
    assertThat(Json.text(approved, "minutesStatus")).isEqualTo("APPROVED");
    assertThat(approved).containsKey("minutesApprovedAt");

    JsonObject published = meetings.read(Halland.member(VARBERG), VARBERG, ssgb, id(meeting));
    assertThat(published.getBoolean("minutesVisible")).isTrue();
    assertThat(Json.text(Json.objects(published.getJsonArray("agenda")).get(0), "decisions")).isEqualTo("Rutinen revideras");

    JsonObject item = Json.objects(published.getJsonArray("agenda")).get(0);
    Api.Response afterApproval = api.put(coordinatorToken(), itemPath, Json.of(
        "notes", "Ändrat i efterhand", "version", version(item)));
    assertThat(assertProblem(afterApproval, 409).getString("detail")).contains("approved");
    Api.Response cancel = api.delete(coordinatorToken(),
        meetingPath(VARBERG, ssgb, id(meeting)) + "?version=" + version(published));
    assertProblem(cancel, 409);
  }

  @Test
  void twoPeopleSavingMinutesUnderTheSameItemDoNotOverwriteEachOther() throws Exception {
    JsonObject meeting = meetings.plan(VARBERG, ssgb, now().minusDays(1), uniqueName("Rådhuset"));
    JsonObject item = Json.objects(meeting.getJsonArray("agenda")).get(1);
    String itemPath = meetingPath(VARBERG, ssgb, id(meeting)) + "/agenda/" + id(item) + "/minutes";

    CompletableFuture<Api.Response> first = api.sendAsync("PUT", coordinatorToken(), itemPath,
        Json.of("notes", "Första versionen", "version", version(item)).toString());
    CompletableFuture<Api.Response> second = api.sendAsync("PUT", tokens.of(Halland.tenantAdmin(VARBERG)), itemPath,
        Json.of("notes", "Andra versionen", "version", version(item)).toString());
    List<Integer> statuses = List.of(first.get().status(), second.get().status());

    assertThat(statuses).as("%s / %s", first.get(), second.get()).containsExactlyInAnyOrder(200, 409);
    String kept = statuses.get(0) == 200 ? "Första versionen" : "Andra versionen";
    JsonObject read = meetings.read(Halland.coordinator(VARBERG), VARBERG, ssgb, id(meeting));
    assertThat(Json.text(Json.objects(read.getJsonArray("agenda")).get(1), "notes")).isEqualTo(kept);

    Api.Response stale = api.put(coordinatorToken(), itemPath, Json.of("notes", "Tredje", "version", version(item)));
    assertProblem(stale, 409);
  }

  @Test
  void actionItemsAreFollowedUpAtEveryLaterMeetingUntilDone() {
    long ssgv = coordination.groupId(VARBERG, SSGV);
    JsonObject first = meetings.plan(VARBERG, ssgv, now().minusDays(60), uniqueName("Möte 1"));
    JsonObject second = meetings.plan(VARBERG, ssgv, now().minusDays(30), uniqueName("Möte 2"));
    JsonObject action = meetings.raise(VARBERG, ssgv, id(first), uniqueName("Kartlägg väntetider"));

    assertThat(carriedOver(ssgv, first)).as("not into the meeting that raised it").doesNotContain(id(action));
    assertThat(carriedOver(ssgv, second)).contains(id(action));
    JsonObject third = meetings.plan(VARBERG, ssgv, now().plusDays(20), uniqueName("Möte 3"));
    assertThat(carriedOver(ssgv, third)).as("still open, so still followed up").contains(id(action));

    Api.Response done = api.put(coordinatorToken(), actionItemsPath(VARBERG, ssgv) + "/" + id(action), Json.of(
        "description", Json.text(action, "description"), "responsible", "Elevhälsan", "status", "DONE",
        "version", version(action)));
    assertThat(done.status()).as("%s", done).isEqualTo(200);
    assertThat(Json.text(done.object(), "completedOn")).isEqualTo(Meetings.today().toString());

    assertThat(carriedOver(ssgv, second)).as("the earlier meeting's record keeps it").contains(id(action));
    assertThat(carriedOver(ssgv, third)).as("done before the next meeting").doesNotContain(id(action));
    JsonObject fourth = meetings.plan(VARBERG, ssgv, now().plusDays(50), uniqueName("Möte 4"));
    assertThat(carriedOver(ssgv, fourth)).doesNotContain(id(action));

    Api.Response stale = api.put(coordinatorToken(), actionItemsPath(VARBERG, ssgv) + "/" + id(action), Json.of(
        "description", "Gammal", "responsible", "Elevhälsan", "version", version(action)));
    assertProblem(stale, 409);
  }

  @Test
  void membersAndObserversReadApprovedMinutesAndWriteNothing() {
    long ssgv = coordination.groupId(VARBERG, SSGV);
    coordination.add(VARBERG, ssgv, Json.with(Coordination.memberBody(uniqueName("NSPH-representant"), "nsph-halland"),
        "email", Halland.NSPH_OBSERVER + "@example.org"));
    JsonObject meeting = meetings.plan(VARBERG, ssgv, now().minusDays(3), uniqueName("Folkets hus"));
    JsonObject item = Json.objects(meeting.getJsonArray("agenda")).get(0);
    api.put(coordinatorToken(), meetingPath(VARBERG, ssgv, id(meeting)) + "/agenda/" + id(item) + "/minutes",
        Json.of("notes", "Brukarperspektivet lyftes", "version", version(item)));
    meetings.approve(VARBERG, ssgv, meetings.read(Halland.coordinator(VARBERG), VARBERG, ssgv, id(meeting)));

    JsonObject read = meetings.read(Halland.NSPH_OBSERVER, VARBERG, ssgv, id(meeting));
    assertThat(Json.text(Json.objects(read.getJsonArray("agenda")).get(0), "notes")).isEqualTo("Brukarperspektivet lyftes");

    for (String reader : List.of(Halland.NSPH_OBSERVER, Halland.member(VARBERG))) {
      String token = tokens.of(reader);
      assertProblem(api.post(token, meetingsPath(VARBERG, ssgv), planBody(now().plusDays(3), "X", List.of())), 403);
      assertProblem(api.put(token, meetingPath(VARBERG, ssgv, id(meeting)) + "/agenda/" + id(item) + "/minutes",
          Json.of("notes", "x", "version", 0)), 403);
      assertProblem(api.post(token, meetingPath(VARBERG, ssgv, id(meeting)) + "/approval", Json.of("version", 0)), 403);
      assertProblem(api.post(token, actionItemsPath(VARBERG, ssgv) + "?meetingId=" + id(meeting),
          Json.of("description", "x", "responsible", "y")), 403);
    }
    // the observer sits in the SSGV only: the SSGB's meetings are not theirs to see
    assertProblem(api.get(tokens.of(Halland.NSPH_OBSERVER), meetingsPath(VARBERG, ssgb)), 404);
  }

  @Test
  void anotherMunicipalityNeitherReadsNorChangesAMeeting() {
    JsonObject meeting = meetings.plan(VARBERG, ssgb, now().plusDays(5), uniqueName("Rådhuset"));
    JsonObject item = Json.objects(meeting.getJsonArray("agenda")).get(0);
    JsonObject action = meetings.raise(VARBERG, ssgb, id(meeting), "Ta fram rutin");
    String falkenberg = tokens.of(Halland.coordinator("falkenberg"));

    // through Varberg's space: not theirs to enter
    assertProblem(api.get(falkenberg, meetingsPath(VARBERG, ssgb)), 403);
    assertProblem(api.get(falkenberg, meetingPath(VARBERG, ssgb, id(meeting))), 403);
    assertThat(api.getAccepting(falkenberg, meetingsPath(VARBERG, ssgb) + "/calendar", "text/calendar").status())
        .isEqualTo(403);
    // through their own space with Varberg's ids: nothing there
    String own = "/spaces/falkenberg/groups/" + ssgb;
    assertProblem(api.get(falkenberg, own + "/meetings/" + id(meeting)), 404);
    assertProblem(api.get(falkenberg, own + "/meetings"), 404);
    assertProblem(api.put(falkenberg, own + "/meetings/" + id(meeting) + "/agenda/" + id(item) + "/minutes",
        Json.of("notes", "Inte vårt", "version", version(item))), 404);
    assertProblem(api.post(falkenberg, own + "/meetings/" + id(meeting) + "/approval", Json.of("version", version(meeting))), 404);
    assertProblem(api.get(falkenberg, own + "/action-items/" + id(action)), 404);
    long falkenbergSsgb = coordination.groupId("falkenberg", SSGB);
    assertProblem(api.get(falkenberg, "/spaces/falkenberg/groups/" + falkenbergSsgb + "/meetings/" + id(meeting)), 404);
    assertProblem(api.put(falkenberg, "/spaces/falkenberg/groups/" + falkenbergSsgb + "/action-items/" + id(action),
        Json.of("description", "x", "responsible", "y", "version", version(action))), 404);

    JsonObject unchanged = meetings.read(Halland.coordinator(VARBERG), VARBERG, ssgb, id(meeting));
    assertThat(Json.objects(unchanged.getJsonArray("agenda")).get(0)).doesNotContainKey("notes");
    assertThat(Json.text(unchanged, "minutesStatus")).isEqualTo("DRAFT");
  }

  @Test
  void aRegionEmployeeSeatedInKungsbackasSsgbSeesItsMeetingsOnly() {
    long kungsbackaSsgb = coordination.groupId(KUNGSBACKA, SSGB);
    long kungsbackaSsgv = coordination.groupId(KUNGSBACKA, SSGV);
    JsonObject meeting = meetings.plan(KUNGSBACKA, kungsbackaSsgb, now().plusDays(9), uniqueName("Kungsbacka stadshus"));
    String employee = tokens.of(Halland.REGION_EMPLOYEE);

    assertThat(api.get(employee, meetingPath(KUNGSBACKA, kungsbackaSsgb, id(meeting))).status()).isEqualTo(200);
    assertProblem(api.get(employee, meetingsPath(KUNGSBACKA, kungsbackaSsgv)), 404);
    assertProblem(api.get(employee, meetingsPath(VARBERG, ssgb)), 403);
    assertProblem(api.post(employee, meetingsPath(KUNGSBACKA, kungsbackaSsgb), planBody(now().plusDays(3), "X", List.of())), 403);

    api.delete(tokens.of(Halland.coordinator(KUNGSBACKA)),
        meetingPath(KUNGSBACKA, kungsbackaSsgb, id(meeting)) + "?version=" + version(meeting));
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
    String place = uniqueName("Felaktigt");
    String token = coordinatorToken();
    String path = meetingsPath(VARBERG, ssgb);

    assertThat(fields(assertProblem(api.post(token, path, Json.of("place", place)), 400)))
        .contains("startsAt", "endsAt");
    JsonObject backwards = Json.with(planBody(now().plusDays(1), place, List.of()), "endsAt", now().toString());
    assertThat(fields(assertProblem(api.post(token, path, backwards), 400))).containsExactly("endsAt");
    JsonObject nowhere = Json.without(planBody(now().plusDays(1), place, List.of()), "place");
    assertThat(fields(assertProblem(api.post(token, path, nowhere), 400))).containsExactly("place");
    JsonObject badLink = Json.with(planBody(now().plusDays(1), place, List.of()), "link", "javascript:alert(1)");
    assertThat(fields(assertProblem(api.post(token, path, badLink), 400))).containsExactly("link");
    JsonObject blankItem = planBody(now().plusDays(1), place, List.of("Riktig punkt", " "));
    assertThat(fields(assertProblem(api.post(token, path, blankItem), 400))).containsExactly("agenda[1]");
    assertThat(fields(assertProblem(api.post(token, path, Json.with(planBody(now(), place, List.of()), "startsAt", "i morgon")), 400)))
        .containsExactly("startsAt");
    assertThat(fields(assertProblem(api.get(token, path + "?when=sometime"), 400))).containsExactly("when");

    Api.Response found = api.get(token, path + "?when=upcoming&q=" + encode(place));
    assertThat(found.object().getJsonNumber("total").longValue()).as("nothing half-written").isZero();

    JsonObject meeting = meetings.plan(VARBERG, ssgb, now().plusDays(1), place);
    JsonObject item = Json.objects(meeting.getJsonArray("agenda")).get(0);
    String minutes = meetingPath(VARBERG, ssgb, id(meeting)) + "/agenda/" + id(item) + "/minutes";
    assertThat(fields(assertProblem(api.put(token, minutes, Json.of("notes", "x".repeat(10001), "version", version(item))), 400)))
        .containsExactly("notes");
    assertThat(fields(assertProblem(api.put(token, minutes, Json.of("notes", "x")), 400))).containsExactly("version");
    assertThat(fields(assertProblem(api.post(token, actionItemsPath(VARBERG, ssgb) + "?meetingId=" + id(meeting),
        Json.of("description", " ")), 400))).contains("description", "responsible");
    assertProblem(api.delete(token, meetingPath(VARBERG, ssgb, id(meeting)) + "/agenda/" + id(item) + "?version=" + version(item)), 409);
    Api.Response cancelled = api.delete(token, meetingPath(VARBERG, ssgb, id(meeting)) + "?version=" + version(meeting));
    assertThat(cancelled.status()).as("a draft meeting can be cancelled: %s", cancelled).isEqualTo(204);
    assertProblem(api.get(token, meetingPath(VARBERG, ssgb, id(meeting))), 404);
  }

  @Test
  void pastMeetingsPaginateLatestFirstAndAreFoundByTheirAgenda() {
    long ssgv = coordination.groupId(VARBERG, SSGV);
    String topic = uniqueName("Läkemedelsgenomgång");
    JsonObject oldest = meetings.plan(VARBERG, ssgv, now().minusDays(90), uniqueName("Plats"), topic);
    JsonObject middle = meetings.plan(VARBERG, ssgv, now().minusDays(45), uniqueName("Plats"), topic);
    JsonObject latest = meetings.plan(VARBERG, ssgv, now().minusDays(10), uniqueName("Plats"), topic);
    meetings.plan(VARBERG, ssgv, now().minusDays(20), uniqueName("Plats"), "Annat ämne");
    String token = tokens.of(Halland.member(VARBERG));
    String search = meetingsPath(VARBERG, ssgv) + "?when=past&size=2&q=" + encode(topic.toUpperCase());

    JsonObject first = api.get(token, search + "&page=0").object();
    JsonObject second = api.get(token, search + "&page=1").object();

    assertThat(first.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(Json.objects(first.getJsonArray("items"))).extracting(Meetings::id).containsExactly(id(latest), id(middle));
    assertThat(Json.objects(second.getJsonArray("items"))).extracting(Meetings::id).containsExactly(id(oldest));
  }

  @Test
  void theGroupsMeetingsAreAnICalendarFeed() {
    String place = uniqueName("Varbergs stadshus");
    JsonObject meeting = meetings.plan(VARBERG, ssgb, now().plusDays(30).withHour(9).withMinute(0), place);

    Api.Response feed = api.getAccepting(tokens.of(Halland.member(VARBERG)), meetingsPath(VARBERG, ssgb) + "/calendar",
        "text/calendar, */*;q=0.5");

    assertThat(feed.status()).as("%s", feed).isEqualTo(200);
    assertThat(feed.mediaType()).isEqualTo("text/calendar");
    String unfolded = feed.body().replace("\r\n ", "");
    assertThat(unfolded).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:SSGB Varberg\r\n")
        .contains("LOCATION:" + place + "\r\n")
        .containsPattern("UID:meeting-varberg-" + id(meeting) + "@[^\r\n]+\r\n");
  }

  private List<Long> carriedOver(long groupId, JsonObject meeting) {
    JsonObject read = meetings.read(Halland.coordinator(VARBERG), VARBERG, groupId, id(meeting));
    return Json.objects(read.getJsonArray("carriedOver")).stream().map(Meetings::id).toList();
  }

  private String coordinatorToken() {
    return tokens.of(Halland.coordinator(VARBERG));
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
