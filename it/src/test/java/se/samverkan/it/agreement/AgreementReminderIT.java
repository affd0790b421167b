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

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Agreements agreements;
  private Mailbox mailbox;
  private TimeTravel timeTravel;
  private Database database;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    Api api = new Api(stack);
    Tokens tokens = new Tokens(stack);
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
    sleep(Duration.ofSeconds(25));
    assertThat(remindersOf(title)).as("still one, after more runs").hasSize(1);
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
    sleep(Duration.ofSeconds(3));
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
