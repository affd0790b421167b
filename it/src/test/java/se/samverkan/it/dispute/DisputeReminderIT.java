package se.samverkan.it.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.dispute.Disputes.LAHOLM;
import static se.samverkan.it.dispute.Disputes.body;
import static se.samverkan.it.dispute.Disputes.escalation;
import static se.samverkan.it.dispute.Disputes.id;
import static se.samverkan.it.dispute.Disputes.path;
import static se.samverkan.it.dispute.Disputes.people;
import static se.samverkan.it.dispute.Disputes.version;
import static se.samverkan.it.support.Halland.SSGB;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.TimeTravel;
import se.samverkan.it.support.Tokens;

/**
 * A step past its deadline reminds its people by e-mail once and flags the dispute, however often
 * the scheduled work runs; the next step, once overdue, reminds its own people once. Time is moved
 * on the server ({@link TimeTravel}) and always moved back. Laholm, with the agreement's ladder
 * (14 days at the first two steps).
 */
@ExtendWith(ArquillianExtension.class)
public class DisputeReminderIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Mailbox mailbox;
  private TimeTravel timeTravel;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    mailbox = new Mailbox(stack);
    timeTravel = new TimeTravel(api, tokens);
  }

  @AfterEach
  void back() {
    timeTravel.back();
  }

  @Test
  void anOverdueStepRemindsItsPeopleOnceAndFlagsTheDispute() throws InterruptedException {
    long group = new Coordination(api, tokens).groupId(LAHOLM, SSGB);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String first = "steg1-" + tag + "@example.org";
    String second = "steg2-" + tag + "@example.org";
    String coordinator = tokens.of(Halland.coordinator(LAHOLM));
    JsonObject dispute = new Disputes(api, tokens).open(Halland.member(LAHOLM), LAHOLM, group,
        body(Coordination.uniqueName("Vem ansvarar för tolk vid SIP?"), people("Chef Ett", first)));
    String disputePath = path(LAHOLM, group, id(dispute));
    Instant now = Instant.now();

    // before the deadline nothing is sent
    timeTravel.to(now.plus(10, ChronoUnit.DAYS));
    assertThat(api.get(coordinator, disputePath).object().getBoolean("flagged")).isFalse();

    // past it: one reminder, the dispute flagged; running again sends nothing more
    timeTravel.to(now.plus(16, ChronoUnit.DAYS));
    List<Mailbox.Mail> reminded = mailbox.await(first, m -> m.subject().contains("Påminnelse"), 1, Duration.ofSeconds(60));
    assertThat(reminded.get(0).text()).contains("steg 1").contains("/app/" + LAHOLM + "/dispute?group=" + group);
    JsonObject flagged = api.get(coordinator, disputePath).object();
    assertThat(flagged.getBoolean("flagged")).isTrue();
    assertThat(Json.objects(flagged.getJsonArray("steps")).get(0)).containsKey("remindedAt");
    timeTravel.to(now.plus(17, ChronoUnit.DAYS));
    timeTravel.to(now.plus(18, ChronoUnit.DAYS));
    Thread.sleep(5_000); // a second mail, if one were sent, is delivered within seconds
    assertThat(mailbox.to(first)).as("reminders of the first step").hasSize(1);

    // raised to the next step while time is moved: its own deadline, its own single reminder
    JsonObject up = api.post(coordinator, disputePath + "/escalation",
        escalation("Ingen enighet om tolkkostnaden", version(flagged), people("Chef Två", second))).object();
    assertThat(up.getInt("currentStep")).isEqualTo(2);
    assertThat(up.getBoolean("flagged")).as("a new step is not overdue").isFalse();
    timeTravel.to(now.plus(18 + 15, ChronoUnit.DAYS));
    mailbox.await(second, m -> m.subject().contains("Påminnelse"), 1, Duration.ofSeconds(60));
    timeTravel.to(now.plus(18 + 16, ChronoUnit.DAYS));
    Thread.sleep(5_000);
    assertThat(mailbox.to(second)).as("reminders of the second step").hasSize(1);
    assertThat(mailbox.to(first)).as("the first step's people are not reminded again").hasSize(1);
    assertThat(api.get(coordinator, disputePath).object().getBoolean("flagged")).isTrue();

    // resolved: no more reminders, no flag
    JsonObject resolved = api.post(coordinator, disputePath + "/resolution",
        Json.of("outcome", "Avdelningscheferna enades.", "version", version(api.get(coordinator, disputePath).object())))
        .object();
    assertThat(resolved.getBoolean("flagged")).isFalse();
  }
}
