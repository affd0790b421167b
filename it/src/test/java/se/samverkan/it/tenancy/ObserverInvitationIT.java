package se.samverkan.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Coordination.groupPath;
import static se.samverkan.it.support.Coordination.memberBody;
import static se.samverkan.it.support.Coordination.membersPath;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Halland.NSPH_OBSERVER;
import static se.samverkan.it.support.Halland.SSGB;
import static se.samverkan.it.support.Halland.SSGV;

import jakarta.json.JsonObject;
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
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * A user organisation's representative (role observer), seated in one group of a municipality,
 * reads that group and its members and nothing else of the municipality, and writes nothing,
 * not even when the seat says coordinator. Halmstad's groups are used: no other test counts them.
 */
@ExtendWith(ArquillianExtension.class)
public class ObserverInvitationIT {

  private static final String HALMSTAD = "halmstad";

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Coordination coordination;
  private long ssgv;
  private long ssgb;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    coordination = new Coordination(api, tokens);
    ssgv = coordination.groupId(HALMSTAD, SSGV);
    ssgb = coordination.groupId(HALMSTAD, SSGB);
  }

  @AfterEach
  void tearDown() {
    coordination.cleanUp();
  }

  @Test
  void anObserverSeatedInOneGroupReadsItAndNothingElseAndWritesNothing() {
    String observer = tokens.of(NSPH_OBSERVER);
    assertThat(api.get(observer, groupPath(HALMSTAD, ssgv)).status()).as("before the seat").isEqualTo(403);

    JsonObject seat = Json.with(memberBody(uniqueName("Brukarföreträdare"), "nsph-halland"),
        "email", NSPH_OBSERVER + "@example.org");
    coordination.add(HALMSTAD, ssgv, Json.with(Json.with(seat, "role", "COORDINATOR"), "unit", "Brukarråd"));

    Api.Response members = api.get(observer, membersPath(HALMSTAD, ssgv));
    assertThat(members.status()).as("%s", members).isEqualTo(200);
    assertThat(members.object().getJsonNumber("total").longValue()).isPositive();
    assertThat(api.get(observer, groupPath(HALMSTAD, ssgb)).status()).as("the other group").isEqualTo(404);
    assertThat(api.get(observer, membersPath(HALMSTAD, ssgb)).status()).isEqualTo(404);

    Api.Response add = api.post(observer, membersPath(HALMSTAD, ssgv),
        memberBody(uniqueName("Smyg"), "nsph-halland"));
    assertThat(add.status()).as("an observer adding a member, though seated as coordinator").isEqualTo(403);
    assertThat(api.post(observer, Coordination.groupsPath(HALMSTAD), Json.of("name", "Smyggrupp")).status())
        .as("an observer adding a group").isEqualTo(403);
  }
}
