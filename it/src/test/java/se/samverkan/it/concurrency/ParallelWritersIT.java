package se.samverkan.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Coordination.groupPath;
import static se.samverkan.it.support.Coordination.groupsPath;
import static se.samverkan.it.support.Coordination.uniqueName;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * Twenty editors of one group at the same moment: on one version exactly one wins and the others
 * hear 409; editors who read again and retry all get their change in, none overwrites another.
 */
@ExtendWith(ArquillianExtension.class)
public class ParallelWritersIT {

  private static final String HALMSTAD = "halmstad";
  private static final int WRITERS = 20;

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private String token;
  private ExecutorService writers;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    token = new Tokens(stack).of(Halland.coordinator(HALMSTAD));
    writers = Executors.newFixedThreadPool(WRITERS);
  }

  @AfterEach
  void tearDown() {
    writers.shutdownNow();
  }

  @Test
  void onOneVersionExactlyOneWriterWins() {
    JsonObject group = newGroup();
    long id = group.getJsonNumber("id").longValue();
    long version = group.getJsonNumber("version").longValue();

    List<Api.Response> answers = all(IntStream.range(0, WRITERS)
        .mapToObj(i -> api.sendAsync("PUT", token, groupPath(HALMSTAD, id),
            body(Json.text(group, "name"), "Skrivare " + i, version).toString()))
        .toList());

    Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Api.Response::status, Collectors.counting()));
    assertThat(statuses).as("%s", answers).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 409, (long) WRITERS - 1));
    String winner = answers.stream().filter(a -> a.status() == 200).findFirst()
        .map(a -> Json.text(a.object(), "purpose")).orElseThrow();
    JsonObject stored = read(id);
    assertThat(Json.text(stored, "purpose")).isEqualTo(winner);
    assertThat(stored.getJsonNumber("version").longValue()).isEqualTo(version + 1);
  }

  @Test
  void writersWhoReadAgainAndRetryLoseNoUpdate() {
    JsonObject group = newGroup();
    long id = group.getJsonNumber("id").longValue();
    long version = group.getJsonNumber("version").longValue();

    // all started before any is awaited: a stream would start each after the last one ended
    List<Integer> attempts = all(IntStream.range(0, WRITERS)
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> appendUntilAccepted(id, "[" + i + "]"), writers))
        .toList());

    JsonObject stored = read(id);
    String purpose = Json.text(stored, "purpose");
    for (int i = 0; i < WRITERS; i++) {
      assertThat(purpose).as("writer %d's mark", i).contains("[" + i + "]");
    }
    assertThat(stored.getJsonNumber("version").longValue()).isEqualTo(version + WRITERS);
    assertThat(attempts.stream().mapToInt(Integer::intValue).sum())
        .as("the writers met each other (attempts per writer: %s)", attempts).isGreaterThan(WRITERS);
  }

  /** Reads the group, appends the mark, writes on the version read; again on 409. */
  private int appendUntilAccepted(long id, String mark) {
    for (int attempt = 1; attempt <= 200; attempt++) {
      JsonObject current = read(id);
      Api.Response answer = api.put(token, groupPath(HALMSTAD, id), body(Json.text(current, "name"),
          Json.text(current, "purpose") + mark, current.getJsonNumber("version").longValue()));
      if (answer.status() == 200) {
        return attempt;
      }
      assertThat(answer.status()).as("%s", answer).isEqualTo(409);
    }
    throw new AssertionError(mark + " was never accepted");
  }

  private JsonObject newGroup() {
    Api.Response created = api.post(token, groupsPath(HALMSTAD),
        Json.of("name", uniqueName("Parallella skrivare"), "purpose", "Start:"));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.object();
  }

  private JsonObject read(long id) {
    Api.Response read = api.get(token, groupPath(HALMSTAD, id));
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    return read.object();
  }

  private static JsonObject body(String name, String purpose, long version) {
    return Json.of("name", name, "purpose", purpose, "version", version);
  }

  private static <T> List<T> all(List<CompletableFuture<T>> futures) {
    List<T> done = new ArrayList<>();
    futures.stream().map(CompletableFuture::join).forEach(done::add);
    return done;
  }
}
