package se.samverkan.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.DeployScript;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * A crash under a burst of writes: Payara, or PostgreSQL with all its processes, killed with
 * SIGKILL while six writers add members, then {@code deploy/samverkan resume}. Every write that
 * was answered 201 is there with what was sent, and every member that is there has its audit
 * record and the other way round: nothing half-written.
 */
@ExtendWith(ArquillianExtension.class)
public class CrashIT {

  private static final String LAHOLM = "laholm";
  private static final int WRITERS = 6;
  private static final int ANSWERED_BEFORE_THE_CRASH = 20;

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
  void payaraKilledUnderWritesLosesNoAnsweredWrite() throws Exception {
    crashWhileWriting(stack.rootDir().resolve(".local/test/payara/samverkan/config/pid"));
  }

  @Test
  void postgresKilledUnderWritesLosesNoAnsweredWrite() throws Exception {
    crashWhileWriting(stack.rootDir().resolve(".local/test/postgres/data/postmaster.pid"));
  }

  private record Written(long id, String name) {}

  private void crashWhileWriting(Path pidFile) throws Exception {
    String token = tokens.of(Halland.coordinator(LAHOLM));
    long group = newGroup(token);
    Queue<Written> answered = new ConcurrentLinkedQueue<>();
    AtomicBoolean crashed = new AtomicBoolean();
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      running.add(writers.submit(() -> write(token, group, answered, crashed)));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (answered.size() < ANSWERED_BEFORE_THE_CRASH && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(answered.size()).as("writes answered before the crash").isGreaterThanOrEqualTo(ANSWERED_BEFORE_THE_CRASH);

    kill(pidFile);
    Thread.sleep(1_000);
    crashed.set(true);
    for (Future<?> writer : running) {
      writer.get(120, TimeUnit.SECONDS);
    }
    writers.shutdownNow();

    DeployScript.Run resumed = new DeployScript(stack).run(600, "resume");
    assertThat(resumed.exit()).as(resumed.output()).isZero();

    String reader = tokens.of(Halland.coordinator(LAHOLM));
    for (Written write : answered) {
      Api.Response member = api.get(reader, Coordination.memberPath(LAHOLM, group, write.id()));
      assertThat(member.status()).as("answered 201 before the crash: %s", member).isEqualTo(200);
      assertThat(Json.text(member.object(), "name")).isEqualTo(write.name());
    }
    assertNothingHalfWritten(group, answered.size());
  }

  /** Adds members until the crash; what the server answered 201 is kept, failures are expected. */
  private void write(String token, long group, Queue<Written> answered, AtomicBoolean crashed) {
    int n = 0;
    while (!crashed.get()) {
      String name = Coordination.uniqueName("Kraschtest " + n++);
      try {
        Api.Response response = api.post(token, Coordination.membersPath(LAHOLM, group),
            Coordination.memberBody(name, LAHOLM));
        if (response.status() == 201) {
          answered.add(new Written(response.object().getJsonNumber("id").longValue(), name));
        }
      } catch (RuntimeException e) {
        // the server went away in the middle: the outcome of this one is unknown, which is allowed
        sleepQuietly();
      }
    }
  }

  /** Every member of the group has its CREATE record and every CREATE record its member. */
  private void assertNothingHalfWritten(long group, int answered) throws SQLException {
    try (Connection owner = new Database(stack).asOwner()) {
      owner.setAutoCommit(false);
      Database.setTenant(owner, LAHOLM);
      List<String> members = Database.column(owner,
          "select id::text from group_member where group_id = ? order by id", group);
      List<String> recorded = Database.column(owner,
          "select object_id from audit_event where object_type = 'group_member' and action = 'CREATE'"
              + " and (changes -> 'group_id' ->> 'after')::bigint = ? order by object_id::bigint", group);
      assertThat(members.size()).isGreaterThanOrEqualTo(answered);
      assertThat(recorded).containsExactlyInAnyOrderElementsOf(members);
      owner.rollback();
    }
  }

  private long newGroup(String token) {
    Api.Response created = api.post(token, Coordination.groupsPath(LAHOLM),
        Json.of("name", Coordination.uniqueName("Krasch")));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonObject group = created.object();
    return group.getJsonNumber("id").longValue();
  }

  /** SIGKILL to the process and everything it started, as a power cut would stop them. */
  private static void kill(Path pidFile) throws IOException {
    long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(0, process);
    all.forEach(ProcessHandle::destroyForcibly);
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
