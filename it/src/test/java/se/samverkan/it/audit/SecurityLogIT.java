package se.samverkan.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The server's log as security logging needs it: a refused access is a line that names the
 * request and the tenant; no line holds a token or a person's e-mail address.
 */
@ExtendWith(ArquillianExtension.class)
public class SecurityLogIT {

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
  void aRefusedAccessIsLoggedWithItsRequestAndTenant() throws Exception {
    String requestId = "it-" + UUID.randomUUID();
    Api.Response refused = api.getAs(requestId, tokens.of(Halland.coordinator(Halland.VARBERG)), "/spaces/varberg/audit");
    assertThat(refused.status()).as("%s", refused).isEqualTo(403);
    assertThat(refused.requestId()).contains(requestId);

    List<String> records = awaitLogRecords(requestId);
    assertThat(records).anySatisfy(record -> assertThat(record)
        .contains("access refused: GET /samverkan/api/spaces/varberg/audit")
        .contains("[request " + requestId + ", tenant varberg]"));
  }

  @Test
  void noLineHoldsATokenOrAnEmailAddress() throws IOException {
    // a login and calls of several kinds first, so there is something to have been careless with
    String token = tokens.of(Halland.coordinator(Halland.VARBERG));
    api.get(token, "/spaces/varberg/groups");
    api.get(token, "/spaces/kungsbacka/groups");
    api.get("not-a-token", "/spaces/varberg/groups");

    String log = Files.readString(serverLog(), StandardCharsets.UTF_8);
    assertThat(log).doesNotContain(token).doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.eyJ");
    assertThat(log).doesNotContainPattern("[A-Za-z0-9._%+-]+@example\\.org");
  }

  /** The log's records (one may span lines: the message follows its header) of that request. */
  private List<String> awaitLogRecords(String requestId) throws IOException, InterruptedException {
    for (int tries = 0; tries < 50; tries++) {
      List<String> records = Arrays.stream(
              Files.readString(serverLog(), StandardCharsets.UTF_8).split("(?m)^(?=\\[\\d{4}-)"))
          .filter(record -> record.contains(requestId)).toList();
      if (!records.isEmpty()) {
        return records;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no line of request " + requestId + " in " + serverLog());
  }

  private Path serverLog() {
    return stack.rootDir().resolve(".local/test/payara/samverkan/logs/server.log");
  }
}
