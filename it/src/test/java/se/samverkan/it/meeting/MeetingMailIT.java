package se.samverkan.it.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Halland.SSGV;
import static se.samverkan.it.support.Halland.VARBERG;
import static se.samverkan.it.support.Meetings.id;
import static se.samverkan.it.support.Meetings.meetingPath;
import static se.samverkan.it.support.Meetings.now;
import static se.samverkan.it.support.Meetings.version;
import static se.samverkan.it.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import se.samverkan.it.support.Mailbox;
import se.samverkan.it.support.Mailbox.Mail;
import se.samverkan.it.support.Meetings;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * A meeting's notice and its approved minutes reach the group's current members by e-mail, read
 * from the test stack's real mailbox; a member whose seat has ended gets neither, and only the
 * group's leaders send. Data is made in Varberg's SSGV with addresses unique to each run.
 */
@ExtendWith(ArquillianExtension.class)
public class MeetingMailIT {

  private static final Duration DELIVERY = Duration.ofSeconds(60);

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Coordination coordination;
  private Meetings meetings;
  private Mailbox mailbox;
  private long ssgv;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    coordination = new Coordination(api, tokens);
    meetings = new Meetings(api, tokens);
    mailbox = new Mailbox(stack);
    ssgv = coordination.groupId(VARBERG, SSGV);
  }

  @AfterEach
  void tearDown() {
    coordination.cleanUp();
  }

  @Test
  void theNoticeAndTheApprovedMinutesReachTheCurrentMembers() {
    String current = "mote-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String former = "tidigare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    coordination.add(VARBERG, ssgv, Json.with(Coordination.memberBody(uniqueName("Nuvarande"), VARBERG), "email", current));
    coordination.add(VARBERG, ssgv, Json.with(Json.with(Coordination.memberBody(uniqueName("Tidigare"), VARBERG),
        "email", former), "periodEnd", Meetings.today().minusDays(1).toString()));
    JsonObject meeting = meetings.plan(VARBERG, ssgv, now().plusDays(10).withHour(13).withMinute(0),
        uniqueName("Varbergs stadshus"), "Trygg och effektiv utskrivning");
    String path = meetingPath(VARBERG, ssgv, id(meeting));

    Api.Response sent = api.post(coordinatorToken(), path + "/notice", Json.of("version", version(meeting)));
    assertThat(sent.status()).as("%s", sent).isEqualTo(202);
    assertThat(sent.object()).containsKey("noticeSentAt");

    String day = Json.text(meeting, "startsAt").substring(0, 10);
    Mail notice = mailbox.await(current, m -> m.subject().equals("Kallelse: SSGV Varberg " + day), 1, DELIVERY).get(0);
    assertThat(notice.text()).contains("Tid: " + day + " kl. 13:00", "Trygg och effektiv utskrivning",
        "Analys av inkomna avvikelser och tvister", "/app/varberg/meeting?group=" + ssgv + "&id=" + id(meeting));
    assertThat(notice.fileNames()).containsExactly("mote.ics");

    JsonObject item = Json.objects(sent.object().getJsonArray("agenda")).get(5);
    api.put(coordinatorToken(), path + "/agenda/" + id(item) + "/minutes",
        Json.of("notes", "Rutinen för utskrivning gicks igenom", "decisions", "Rutinen fastställs", "version", version(item)));
    meetings.approve(VARBERG, ssgv, meetings.read(Halland.coordinator(VARBERG), VARBERG, ssgv, id(meeting)));

    Mail minutes = mailbox.await(current, m -> m.subject().equals("Protokoll: SSGV Varberg " + day), 1, DELIVERY).get(0);
    assertThat(minutes.text()).contains("Rutinen för utskrivning gicks igenom", "Beslut: Rutinen fastställs");

    assertThat(mailbox.to(former)).extracting(Mail::subject)
        .as("a member whose seat has ended gets no notice and no minutes")
        .noneMatch(subject -> subject.startsWith("Kallelse") || subject.startsWith("Protokoll"));
  }

  @Test
  void onlyTheGroupsLeadersSendTheNotice() {
    JsonObject meeting = meetings.plan(VARBERG, ssgv, now().plusDays(12), uniqueName("Rådhuset"));
    String path = meetingPath(VARBERG, ssgv, id(meeting));
    JsonObject body = Json.of("version", version(meeting));

    assertProblem(api.post(tokens.of(Halland.member(VARBERG)), path + "/notice", body), 403);
    assertProblem(api.post(tokens.of(Halland.coordinator("falkenberg")), path + "/notice", body), 403);
    assertProblem(api.post(tokens.of(Halland.coordinator("falkenberg")),
        "/spaces/falkenberg/groups/" + ssgv + "/meetings/" + id(meeting) + "/notice", body), 404);
    assertThat(meetings.read(Halland.coordinator(VARBERG), VARBERG, ssgv, id(meeting)))
        .as("no notice recorded").doesNotContainKey("noticeSentAt");
    assertProblem(api.post(coordinatorToken(), path + "/notice", Json.of("version", version(meeting) + 7)), 409);
    assertThat(List.of(api.post(coordinatorToken(), path + "/notice", body).status())).containsExactly(202);
  }

  private String coordinatorToken() {
    return tokens.of(Halland.coordinator(VARBERG));
  }
}
