package se.samverkan.it.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Coordination.groupsPath;
import static se.samverkan.it.support.Coordination.groupPath;
import static se.samverkan.it.support.Coordination.memberBody;
import static se.samverkan.it.support.Coordination.memberPath;
import static se.samverkan.it.support.Coordination.membersPath;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Halland.NSPH_OBSERVER;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.REGION_EMPLOYEE;
import static se.samverkan.it.support.Halland.SSGB;
import static se.samverkan.it.support.Halland.SSGV;
import static se.samverkan.it.support.Halland.VARBERG;
import static se.samverkan.it.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Mailbox;
import se.samverkan.it.support.Mailbox.Mail;
import se.samverkan.it.support.Problems;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * Invitations into a group, read from the test stack's real mailbox: the mail a leader's adding
 * of a member sends, the access the invited person then has, sending it again, who may, and that
 * a refused change sends nothing. Hylte's and Laholm's groups: no other test counts them.
 */
@ExtendWith(ArquillianExtension.class)
public class InvitationMailIT {

  private static final String HYLTE = "hylte";
  private static final String LAHOLM = "laholm";
  private static final String REGION_EMPLOYEE_EMAIL = REGION_EMPLOYEE + "@example.org";
  private static final Duration DELIVERY = Duration.ofSeconds(30);

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Api api;
  private Tokens tokens;
  private Coordination coordination;
  private Mailbox mailbox;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    coordination = new Coordination(api, tokens);
    mailbox = new Mailbox(stack);
  }

  @AfterEach
  void tearDown() {
    coordination.cleanUp();
  }

  @Test
  void aRegionEmployeeInvitedToHyltesSsgvGetsTheMailAndThatGroupOnly() {
    long ssgv = coordination.groupId(HYLTE, SSGV);
    long ssgb = coordination.groupId(HYLTE, SSGB);
    String employee = tokens.of(REGION_EMPLOYEE);
    String subject = "Inbjudan till SSGV Hylte, Hylte kommun / Invitation to SSGV Hylte";
    int mailsBefore = mailbox.to(REGION_EMPLOYEE_EMAIL).stream().filter(m -> subject.equals(m.subject())).toList().size();
    assertThat(spaces(employee)).as("the region employee's spaces before the invitation").doesNotContainKey(HYLTE);

    JsonObject seat = Json.with(memberBody(uniqueName("Regionens representant"), REGION),
        "email", REGION_EMPLOYEE_EMAIL);
    Coordination.Made member = coordination.add(HYLTE, ssgv, Json.with(seat, "unit", "Vuxenpsykiatrin Halmstad"));
    Instant firstInvited = Instant.parse(Json.text(member.member(), "invitedAt"));

    // the mail: to that address, from the product, saying which group, of whom, by whom, which role
    Mail mail = mailbox.await(REGION_EMPLOYEE_EMAIL, m -> subject.equals(m.subject()), mailsBefore + 1, DELIVERY)
        .get(mailsBefore);
    String link = stack.webUrl() + "/app/hylte/group?id=" + ssgv;
    assertThat(mail.to()).containsExactly(REGION_EMPLOYEE_EMAIL);
    assertThat(mail.from()).isEqualTo("samverkan@example.org");
    assertThat(mail.text())
        .contains("har bjudit in dig till SSGV Hylte i Hylte kommun i Samverkan")
        .contains("Din roll i gruppen: ledamot.")
        .contains("(" + REGION_EMPLOYEE_EMAIL + ")")
        .contains("\n" + link + "\n")
        .contains("In English:", "has invited you to SSGV Hylte of Hylte kommun");

    // that person now enters Hylte through the group, sees it and nothing else there
    Map<String, String> spaces = spaces(employee);
    assertThat(spaces).containsEntry(REGION, "HOME").containsEntry(HYLTE, "MEMBER");
    Api.Response group = api.get(employee, groupPath(HYLTE, ssgv));
    assertThat(group.status()).as("%s", group).isEqualTo(200);
    assertThat(Json.text(group.object(), "name")).isEqualTo("SSGV Hylte");
    assertThat(api.get(employee, membersPath(HYLTE, ssgv)).status()).isEqualTo(200);
    assertProblem(api.get(employee, groupPath(HYLTE, ssgb)), 404);
    assertProblem(api.get(employee, membersPath(HYLTE, ssgb)), 404);
    assertProblem(api.get(employee, groupsPath(VARBERG)), 403);
    // a member, not its leader: may not send invitations of the group
    assertProblem(api.post(employee, member.path() + "/invitation", (String) null), 403);

    // sent again: 202, a second mail, a newer invitedAt on the seat
    Api.Response again = api.post(tokens.of(Halland.coordinator(HYLTE)), member.path() + "/invitation", (String) null);
    assertThat(again.status()).as("%s", again).isEqualTo(202);
    Instant secondInvited = Instant.parse(Json.text(again.object(), "invitedAt"));
    assertThat(secondInvited).isAfter(firstInvited);
    assertThat(Json.text(api.get(tokens.of(Halland.coordinator(HYLTE)), member.path()).object(), "invitedAt"))
        .as("invitedAt as recorded").isEqualTo(Json.text(again.object(), "invitedAt"));
    List<Mail> both = mailbox.await(REGION_EMPLOYEE_EMAIL, m -> subject.equals(m.subject()), mailsBefore + 2, DELIVERY);
    assertThat(both.get(mailsBefore + 1).text()).contains(link);
    assertThat(both.get(mailsBefore + 1).messageId()).as("a new mail, not the first one delivered again")
        .isNotEqualTo(mail.messageId());
  }

  @Test
  void onlyTheGroupsLeadersInvite() {
    long ssgb = coordination.groupId(LAHOLM, SSGB);
    String address = uniqueAddress();
    Coordination.Made member = coordination.add(LAHOLM, ssgb,
        Json.with(memberBody(uniqueName("Inbjuden"), LAHOLM), "email", address));
    String invitation = member.path() + "/invitation";
    // an observer seated as the group's coordinator enters the space and sees the group, but never writes
    coordination.add(LAHOLM, ssgb, Json.with(Json.with(memberBody(uniqueName("Brukarföreträdare"), "nsph-halland"),
        "email", NSPH_OBSERVER + "@example.org"), "role", "COORDINATOR"));

    Map<String, Integer> refused = new LinkedHashMap<>();
    refused.put(Halland.member(LAHOLM), 403);
    refused.put(NSPH_OBSERVER, 403);
    refused.put(Halland.coordinator(VARBERG), 403); // Laholm's space is not Varberg's
    refused.put(REGION_EMPLOYEE, 403);
    for (Map.Entry<String, Integer> who : refused.entrySet()) {
      assertProblem(api.post(tokens.of(who.getKey()), invitation, (String) null), who.getValue());
    }
    // Laholm's ids in Varberg's own space: nothing there
    String varberg = tokens.of(Halland.coordinator(VARBERG));
    assertProblem(api.post(varberg, memberPath(VARBERG, ssgb, member.id()) + "/invitation", (String) null), 404);
    assertProblem(api.post(varberg, memberPath(VARBERG, coordination.groupId(VARBERG, SSGB), member.id())
        + "/invitation", (String) null), 404);
    // a member of another of Laholm's groups, and one that does not exist
    assertProblem(api.post(tokens.of(Halland.coordinator(LAHOLM)),
        memberPath(LAHOLM, coordination.groupId(LAHOLM, SSGV), member.id()) + "/invitation", (String) null), 404);
    assertProblem(api.post(tokens.of(Halland.coordinator(LAHOLM)),
        memberPath(LAHOLM, ssgb, Long.MAX_VALUE) + "/invitation", (String) null), 404);
    // a seat without an address: refused beside the field
    Coordination.Made noAddress = coordination.add(LAHOLM, ssgb);
    JsonObject problem = assertProblem(api.post(tokens.of(Halland.coordinator(LAHOLM)),
        noAddress.path() + "/invitation", (String) null), 400);
    assertThat(Problems.fields(problem)).containsExactly("email");
    assertThat(Json.text(api.get(tokens.of(Halland.coordinator(LAHOLM)), noAddress.path()).object(), "invitedAt"))
        .isNull();

    // the municipality's administrator leads every group of it
    Api.Response byAdmin = api.post(tokens.of(Halland.tenantAdmin(LAHOLM)), invitation, (String) null);
    assertThat(byAdmin.status()).as("%s", byAdmin).isEqualTo(202);

    // exactly the two invitations sent, none for the refused attempts
    List<Mail> mails = mailbox.await(address, m -> true, 2, DELIVERY);
    assertThat(mails).hasSize(2).allSatisfy(m -> assertThat(m.subject()).startsWith("Inbjudan till SSGB Laholm"));
    assertThat(outboxRowsTo(LAHOLM, address)).as("outbox rows for %s", address).isEqualTo(2);
  }

  @Test
  void aChangeThatIsRefusedSendsNoMail() {
    long ssgv = coordination.groupId(LAHOLM, SSGV);
    String token = tokens.of(Halland.coordinator(LAHOLM));
    String address = uniqueAddress();
    JsonObject valid = Json.with(memberBody(uniqueName("Aldrig inbjuden"), LAHOLM), "email", address);
    List<JsonObject> before = coordination.members(Halland.coordinator(LAHOLM), LAHOLM, ssgv);

    // refused by the form's rules, and by the service's own (a period that ends before it starts)
    assertProblem(api.post(token, membersPath(LAHOLM, ssgv), Json.with(valid, "unit", "")), 400);
    assertProblem(api.post(token, membersPath(LAHOLM, ssgv),
        Json.with(Json.with(valid, "periodStart", "2027-06-01"), "periodEnd", "2027-01-01")), 400);

    assertThat(outboxRowsTo(LAHOLM, address)).as("mails queued for %s", address).isZero();
    // a later invitation goes out; by the time it has arrived, anything queued before it would have too
    String marker = uniqueAddress();
    coordination.add(LAHOLM, ssgv, Json.with(memberBody(uniqueName("Markör"), LAHOLM), "email", marker));
    mailbox.await(marker, m -> true, 1, DELIVERY);
    assertThat(mailbox.to(address)).as("mails to %s", address).isEmpty();
    assertThat(coordination.members(Halland.coordinator(LAHOLM), LAHOLM, ssgv))
        .extracting(m -> Json.text(m, "email")).doesNotContain(address);
    assertThat(coordination.members(Halland.coordinator(LAHOLM), LAHOLM, ssgv)).hasSize(before.size() + 1);
  }

  /** The spaces the token's person may enter, id to access (HOME or MEMBER). */
  private Map<String, String> spaces(String token) {
    Api.Response response = api.get(token, "/spaces");
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    Map<String, String> spaces = new LinkedHashMap<>();
    for (JsonObject space : Json.objects(response.array())) {
      spaces.put(Json.text(space, "id"), Json.text(space, "access"));
    }
    return spaces;
  }

  /** How many mails the tenant's outbox holds for the address, read as the tenant. */
  private long outboxRowsTo(String tenant, String address) {
    try (Connection app = new Database(stack).asApplication()) {
      app.setAutoCommit(false);
      try {
        Database.setTenant(app, tenant);
        return Database.count(app, "select count(*) from mail_outbox where recipients = ?", address);
      } finally {
        app.rollback();
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String uniqueAddress() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }
}
