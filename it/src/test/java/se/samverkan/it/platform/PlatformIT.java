package se.samverkan.it.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Halland.KUNGSBACKA;
import static se.samverkan.it.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/** Platform services: readiness, the OpenAPI document, problem details for the container's errors. */
@ExtendWith(ArquillianExtension.class)
public class PlatformIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Api api;
  private Tokens tokens;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
  }

  @Test
  void readinessReportsTheDatabase() {
    Api.Response ready = api.send("GET", null, stack.server("/health/ready"), null);
    assertThat(ready.status()).as("%s", ready).isEqualTo(200);
    assertThat(ready.body()).contains("samverkan-database");
    JsonObject health = ready.object();
    assertThat(Json.text(health, "status")).as("%s", ready).isEqualTo("UP");
    assertThat(Json.objects(health.getJsonArray("checks")))
        .as("%s", ready)
        .anySatisfy(check -> {
          assertThat(Json.text(check, "name")).isEqualTo("samverkan-database");
          assertThat(Json.text(check, "status")).isEqualTo("UP");
        });
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    Api.Response openapi = api.send("GET", null, stack.server("/openapi"), null);
    assertThat(openapi.status()).as("%s", openapi).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/spaces/{space}/groups")
        .contains("/api/spaces/{space}/groups/{groupId}/members")
        .contains("/api/spaces/{space}/groups/{groupId}/members/{memberId}");
  }

  @Test
  void unknownApiPathIsAProblemDetail() {
    String token = tokens.of(Halland.coordinator(KUNGSBACKA));
    JsonObject problem = assertProblem(api.get(token, "/no-such-thing"), 404);
    assertThat(Json.text(problem, "detail")).isNotBlank();
    assertProblem(api.get(token, "/spaces/" + KUNGSBACKA + "/no-such-thing"), 404);
    // a group id that is no number is no group
    assertProblem(api.get(token, "/spaces/" + KUNGSBACKA + "/groups/abc"), 404);
    // a group id that does not exist at all
    assertProblem(api.get(token, "/spaces/" + KUNGSBACKA + "/groups/987654321"), 404);
    assertProblem(api.get(token, "/spaces/" + KUNGSBACKA + "/groups/987654321/members"), 404);
  }

  @Test
  void otherContainerErrorsAreProblemDetailsToo() {
    String token = tokens.of(Halland.coordinator(KUNGSBACKA));
    // a method the resource does not have
    assertProblem(api.send("DELETE", token, stack.api("/spaces/" + KUNGSBACKA + "/groups"), null), 405);
    // without a token, even at an unknown address
    assertProblem(api.get(null, "/no-such-thing"), 401);
  }
}
