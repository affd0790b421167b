package se.samverkan.it.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Coordination.uniqueName;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Mailbox;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.TimeTravel;
import se.samverkan.it.support.Tokens;

/**
 * RUG is told once per version, from six months before a version in force expires, that it must
 * be extended or revised: not the day before, once on the day, and not again however often the
 * scheduled work runs afterwards. Time is moved on the server; it always goes back.
 */
@ExtendWith(ArquillianExtension.class)
public class AgreementReminderIT {

  /** RUG's mailbox in the test stack (samverkan.agreement.rug-address, deploy/lib/payara.sh). */
  private static final String RUG_ADDRESS = "rug@example.org";
  private static final String LAHOLM = "laholm";
  /** Coordinators with a seat in the demo area's groups (tenants/halland.json). */
  private static final String VARBERG_COORDINATOR = "varberg-coordinator@example.org";
  private static final String LAHOLM_COORDINATOR = "laholm-coordinator@example.org";

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Agreements agreements;
  private Mailbox mailbox;
  private TimeTravel timeTravel;
  private Database database;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    agreements = new Agreements(api, tokens);
    mailbox = new Mailbox(stack);
    database = new Database(stack);
    timeTravel = new TimeTravel(api, tokens);
  }

  @AfterEach
  void back() {
    timeTravel.back();
  }

  @Test
  void theExpiryReminderGoesToRugOnceOnTheDaySixMonthsBefore() {
    String title = uniqueName("Påminnelse om förlängning");
    long id = agreements.inForce(title, "Syfte", "Samverkan.");
    LocalDate validTo = LocalDate.parse(agreements.read(id, 1).getJsonObject("version").getString("validTo"));
    LocalDate reminderDay = validTo.minusMonths(6);

    long versionId = agreements.read(id, 1).getJsonObject("version").getJsonNumber("id").longValue();
    timeTravel.to(reminderDay.minusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC));
    // the scheduled work has run before the time travel answered: nothing recorded, nothing sent
    assertThat(remindedAt(versionId)).as("the day before").isNull();
    assertThat(remindersOf(title)).as("the day before").isEmpty();

    timeTravel.to(reminderDay.atTime(6, 0).toInstant(ZoneOffset.UTC));
    List<Mailbox.Mail> sent = mailbox.await(RUG_ADDRESS, m -> m.subject().contains(title), 1, Duration.ofSeconds(60));
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).text()).contains(validTo.toString(), "/agreement?id=" + id);
    assertThat(remindedAt(versionId)).as("recorded on the version").isNotNull();

    timeTravel.to(reminderDay.plusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC));
    timeTravel.to(reminderDay.plusMonths(2).atTime(6, 0).toInstant(ZoneOffset.UTC));
    // the time travel answers once the work that came due ran and its mail was delivered, so a
    // second mail would be there by now; a moment more for the mailbox to file it
    sleep(Duration.ofSeconds(2));
    assertThat(remindersOf(title)).as("still one, after more runs").hasSize(1);
  }

  /**
   * A week before a consultation closes, each party it was sent to that has not submitted its
   * answer has its coordinators told, once; a party that has answered is not.
   */
  @Test
  void theDeadlineReminderGoesOnceToPartiesThatHaveNotAnswered() {
    String title = uniqueName("Påminnelse om remissvar");
    long id = agreements.create(title);
    agreements.addSection(id, 1, "Syfte", "Samverkan.");
    LocalDate deadline = LocalDate.now().plusDays(20);
    agreements.consult(id, 1, deadline, List.of(Halland.VARBERG, LAHOLM));
    Api.Response draft = api.put(tokens.of(Halland.tenantAdmin(LAHOLM)),
        Agreements.version(LAHOLM, id, 1) + "/answer", Json.of("body", "Laholm tillstyrker."));
    assertThat(draft.status()).as("%s", draft).isEqualTo(200);
    Api.Response submitted = api.put(tokens.of(Halland.tenantAdmin(LAHOLM)), Agreements.version(LAHOLM, id, 1)
        + "/answer", Json.of("body", "Laholm tillstyrker.", "submit", true, "version", Agreements.lock(draft.object())));
    assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);

    timeTravel.to(deadline.minusDays(8).atTime(6, 0).toInstant(ZoneOffset.UTC));
    assertThat(deadlineReminders(VARBERG_COORDINATOR, title)).as("eight days before").isEmpty();

    timeTravel.to(deadline.minusDays(7).atTime(6, 0).toInstant(ZoneOffset.UTC));
    List<Mailbox.Mail> sent = mailbox.await(VARBERG_COORDINATOR, m -> m.subject().contains(title), 1,
        Duration.ofSeconds(60));
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).subject()).startsWith("Remissvar saknas");
    assertThat(sent.get(0).text()).contains(deadline.toString(), "/app/varberg/agreement?id=" + id + "&v=1");

    timeTravel.to(deadline.minusDays(2).atTime(6, 0).toInstant(ZoneOffset.UTC));
    sleep(Duration.ofSeconds(1));
    assertThat(deadlineReminders(VARBERG_COORDINATOR, title)).as("still one, after more runs").hasSize(1);
    assertThat(deadlineReminders(LAHOLM_COORDINATOR, title)).as("Laholm has answered").isEmpty();
  }

  private List<Mailbox.Mail> deadlineReminders(String address, String title) {
    sleep(Duration.ofSeconds(1));
    return mailbox.to(address).stream().filter(m -> m.subject().contains(title)).toList();
  }

  private String remindedAt(long versionId) {
    try (Connection owner = database.asOwner()) {
      owner.setAutoCommit(false);
      Database.setTenant(owner, Halland.REGION);
      List<String> value = Database.column(owner, "select expiry_reminded_at from agreement_version where id = ?",
          versionId);
      owner.rollback();
      return value.get(0);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Mailbox.Mail> remindersOf(String title) {
    sleep(Duration.ofSeconds(1));
    return mailbox.to(RUG_ADDRESS).stream().filter(m -> m.subject().contains(title)).toList();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
