package se.samverkan.it.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.followup.FollowUps.HYLTE;
import static se.samverkan.it.support.Halland.REGION;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Mailbox;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.TimeTravel;
import se.samverkan.it.support.Tokens;

/**
 * Reminders of the year's deadline go to the coordinators of the groups that have not submitted:
 * exactly one mail in the two weeks before the deadline and one after it, however often the work
 * runs; a group that submitted gets none.
 */
@ExtendWith(ArquillianExtension.class)
public class FollowUpReminderIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private final Stack stack = Stack.load();
  private final Api api = new Api(stack);
  private final Tokens tokens = new Tokens(stack);
  private final Coordination coordination = new Coordination(api, tokens);
  private final TimeTravel time = new TimeTravel(api, tokens);

  @AfterEach
  void tearDown() {
    try {
      time.back();
    } finally {
      coordination.cleanUp();
    }
  }

  @Test
  void oneMailBeforeAndOneAfterTheDeadlineOnlyToGroupsThatHaveNotSubmitted() throws Exception {
    FollowUps followUps = new FollowUps(api, tokens);
    int year = FollowUps.unusedYear(stack, "followup_round");
    LocalDate deadline = LocalDate.of(year + 1, 2, 28);
    Api.Response round = api.put(followUps.rug(), FollowUps.round(REGION, year),
        Json.createObjectBuilder().add("deadline", deadline.toString()).add("version", 0).build());
    assertThat(round.status()).as("%s", round).isEqualTo(200);

    long late = coordination.groupId(HYLTE, Halland.SSGB);
    long done = coordination.groupId(HYLTE, Halland.SSGV);
    String lateCoordinator = coordinatorOf(late);
    String doneCoordinator = coordinatorOf(done);
    JsonObject report = followUps.fillTexts(HYLTE, done, followUps.start(HYLTE, done, year), "Inlämnad i tid");
    assertThat(followUps.submit(HYLTE, done, report).status()).isEqualTo(200);

    Mailbox mailbox = new Mailbox(stack);
    time.to(deadline.minusDays(14).atTime(7, 0).toInstant(ZoneOffset.UTC));
    time.to(deadline.minusDays(3).atTime(7, 0).toInstant(ZoneOffset.UTC));
    List<Mailbox.Mail> before = mailbox.await(lateCoordinator, m -> m.subject().contains(String.valueOf(year)), 1,
        Duration.ofSeconds(30));
    assertThat(before).hasSize(1);
    assertThat(before.get(0).subject()).startsWith("Påminnelse om uppföljning");
    assertThat(before.get(0).text()).contains(deadline.toString()).contains("followup?group=" + late);

    time.to(deadline.plusDays(1).atTime(7, 0).toInstant(ZoneOffset.UTC));
    time.to(deadline.plusDays(5).atTime(7, 0).toInstant(ZoneOffset.UTC));
    List<Mailbox.Mail> all = mailbox.await(lateCoordinator, m -> m.subject().contains(String.valueOf(year)), 2,
        Duration.ofSeconds(30));
    assertThat(all).extracting(Mailbox.Mail::subject)
        .satisfiesExactly(s -> assertThat(s).startsWith("Påminnelse om uppföljning"),
            s -> assertThat(s).startsWith("Uppföljning försenad"));
    // the mails are delivered in order: had the submitted group been reminded, it would be there by now
    assertThat(mailbox.to(doneCoordinator)).extracting(Mailbox.Mail::subject)
        .as("the seat's invitation only, no reminder").noneMatch(s -> s.contains(String.valueOf(year)));
  }

  /** Seats a coordinator with a unique address in the group; the seat is removed at the end. */
  private String coordinatorOf(long groupId) {
    String email = "uppfoljning-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    coordination.add(HYLTE, groupId, se.samverkan.it.support.Json.with(
        se.samverkan.it.support.Json.with(Coordination.memberBody(Coordination.uniqueName("Samordnare"), HYLTE),
            "role", "COORDINATOR"), "email", email));
    return email;
  }
}
