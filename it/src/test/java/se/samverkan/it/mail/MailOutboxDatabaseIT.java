package se.samverkan.it.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.it.support.Coordination.memberBody;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Database.count;
import static se.samverkan.it.support.Database.rows;
import static se.samverkan.it.support.Database.setTenant;
import static se.samverkan.it.support.Halland.SSGB;

import java.sql.Connection;
import java.sql.SQLException;
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
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Mailbox;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The outbox in the database: its rows are tenant data, so the application's role sees none
 * without a tenant context and only that tenant's with one, and cannot write another tenant's;
 * the worker, acting as each tenant in turn, still delivers and marks them sent.
 */
@ExtendWith(ArquillianExtension.class)
public class MailOutboxDatabaseIT {

  private static final String HYLTE = "hylte";
  private static final String LAHOLM = "laholm";

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Database database;
  private Coordination coordination;
  private Mailbox mailbox;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    database = new Database(stack);
    Api api = new Api(stack);
    coordination = new Coordination(api, new Tokens(stack));
    mailbox = new Mailbox(stack);
  }

  @AfterEach
  void tearDown() {
    coordination.cleanUp();
  }

  @Test
  void theOutboxShowsNothingWithoutContextAndOnlyItsOwnTenantsMailWithIt() throws SQLException {
    String hylteAddress = invite(HYLTE);
    String laholmAddress = invite(LAHOLM);

    try (Connection app = database.asApplication()) {
      assertThat(count(app, "select count(*) from mail_outbox")).as("rows without context").isZero();
      app.setAutoCommit(false);
      setTenant(app, HYLTE);
      List<String> tenants = Database.column(app, "select distinct tenant_id from mail_outbox");
      assertThat(tenants).containsExactly(HYLTE);
      assertThat(count(app, "select count(*) from mail_outbox where recipients = ?", hylteAddress)).isEqualTo(1);
      assertThat(count(app, "select count(*) from mail_outbox where recipients = ?", laholmAddress)).isZero();
      assertThatThrownBy(() -> Database.update(app,
              "insert into mail_outbox (tenant_id, recipients, subject, message, created_at, next_attempt_at)"
                  + " values ('laholm', 'x@example.org', 'Smuggel', 'x'::bytea, now(), now())"))
          .as("a row of another tenant").isInstanceOf(SQLException.class);
      app.rollback();
    }
    try (Connection owner = database.asOwner()) {
      // FORCE: the tables' owner is bound by the policy too
      assertThat(count(owner, "select count(*) from mail_outbox")).as("the owner's rows without context").isZero();
    }

    // delivered and marked: sent once, after one attempt, no error
    mailbox.await(hylteAddress, m -> true, 1, Duration.ofSeconds(30));
    assertThat(awaitStatus(HYLTE, hylteAddress))
        .isEqualTo("status=SENT|attempts=1|sent=yes|last_error=null");
  }

  /** Adds a member with a new address to the tenant's SSGB, which queues an invitation. */
  private String invite(String tenant) {
    String address = "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    coordination.add(tenant, coordination.groupId(tenant, SSGB),
        Json.with(memberBody(uniqueName("Utkorgstest"), tenant), "email", address));
    return address;
  }

  private String awaitStatus(String tenant, String address) throws SQLException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String row;
    do {
      try (Connection app = database.asApplication()) {
        app.setAutoCommit(false);
        setTenant(app, tenant);
        row = rows(app, "select status, attempts, case when sent_at is null then 'no' else 'yes' end as sent,"
            + " last_error from mail_outbox"
            + " where recipients = ?", address).get(0);
        app.rollback();
      }
      if (row.startsWith("status=SENT")) {
        return row;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    } while (System.nanoTime() < deadline);
    return row;
  }
}
