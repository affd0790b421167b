package se.samverkan.it.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.TimeTravel;
import se.samverkan.it.support.Tokens;

/** The test server's clock moves for the platform admin only, and comes back. */
@ExtendWith(ArquillianExtension.class)
public class TimeTravelIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private TimeTravel timeTravel;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    timeTravel = new TimeTravel(api, tokens);
  }

  @AfterEach
  void back() {
    timeTravel.back();
  }

  @Test
  void theClockMovesAndComesBack() {
    Instant later = Instant.parse("2029-06-30T06:00:00Z");
    timeTravel.to(later);
    assertThat(timeTravel.now()).isCloseTo(later, within(1, ChronoUnit.MINUTES));

    timeTravel.back();
    assertThat(timeTravel.now()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
  }

  @Test
  void nobodyButThePlatformAdminMovesIt() {
    String body = Json.createObjectBuilder().add("now", "2030-01-01T00:00:00Z").build().toString();
    for (String user : new String[] {"region-halland-rug", "varberg-tenant-admin", Halland.NSPH_OBSERVER}) {
      Api.Response refused = api.put(tokens.of(user), "/platform/clock", body);
      assertThat(refused.status()).as("%s: %s", user, refused).isEqualTo(403);
    }
    assertThat(api.put(null, "/platform/clock", body).status()).isEqualTo(401);
    assertThat(timeTravel.now()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
  }

  @Test
  void aMissingTimeIsNamed() {
    Api.Response refused = api.put(tokens.of(Halland.PLATFORM_ADMIN), "/platform/clock", "{}");
    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.body()).contains("now");
  }
}
