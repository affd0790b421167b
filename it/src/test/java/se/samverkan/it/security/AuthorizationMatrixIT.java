package se.samverkan.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The authorization matrix, generated: every operation of the OpenAPI document × every role ×
 * own space / a foreign space / a foreign object in the own space, called on the real server and
 * compared with {@code authorization-matrix.txt}, which says per operation which roles may succeed
 * in their own space. It fails on any 5xx, any 2xx the table does not allow (in a foreign space or
 * on a foreign object never), any operation missing from the table and any line of the table that
 * names no operation.
 *
 * <p>Writes by a role the table allows are not sent in the own space: they would change the data
 * the other tests use, and what they may do is the features' own tests' business. Everything else
 * is sent, writes with an empty body.
 */
@ExtendWith(ArquillianExtension.class)
public class AuthorizationMatrixIT {

  /** An id no row has: what a path parameter gets when no real one is at hand. */
  private static final String NO_SUCH_ID = "2147480000";
  private static final String FOREIGN_SPACE = "halmstad";
  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?::\\s*([^}]*))?}");

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private record Role(String name, Optional<String> user) {}

  private record Operation(String method, String path) {
    boolean writes() {
      return !method.equals("GET");
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private record Probe(Operation operation, Role role, String scope, String uri) {}

  private record Outcome(Probe probe, int status) {}

  @Test
  void everyOperationAnswersEveryRoleAsTheTableSays() throws Exception {
    Stack stack = Stack.load();
    Api api = new Api(stack);
    Tokens tokens = new Tokens(stack);
    List<Role> roles = List.of(
        new Role("platform-admin", Optional.of(Halland.PLATFORM_ADMIN)),
        new Role("tenant-admin", Optional.of(Halland.tenantAdmin(Halland.VARBERG))),
        new Role("coordinator", Optional.of(Halland.coordinator(Halland.VARBERG))),
        new Role("member", Optional.of(Halland.member(Halland.VARBERG))),
        new Role("rug", Optional.of("region-halland-rug")),
        new Role("secretariat", Optional.of("region-halland-secretariat")),
        new Role("observer", Optional.of(Halland.NSPH_OBSERVER)),
        new Role("anonymous", Optional.empty()));
    Map<String, String> tokenOf = new LinkedHashMap<>();
    roles.forEach(r -> r.user().ifPresent(u -> tokenOf.put(r.name(), tokens.of(u))));

    Coordination coordination = new Coordination(api, tokens);
    long varbergGroup = coordination.groupId(Halland.VARBERG, Halland.SSGB);
    long foreignGroup = coordination.groupId(FOREIGN_SPACE, Halland.SSGB);
    // the user organisation's representative has no space of their own: a seat in Varberg's SSGV
    String observerSpace = Halland.VARBERG;
    long observerGroup = coordination.groupId(Halland.VARBERG, Halland.SSGV);
    coordination.add(observerSpace, observerGroup, Json.with(Json.with(
        Coordination.memberBody(Coordination.uniqueName("Brukarföreträdare"), "nsph-halland"),
        "email", Halland.NSPH_OBSERVER + "@example.org"), "unit", "Brukarråd"));
    try {
      probeAll(stack, api, tokenOf, roles, observerSpace, varbergGroup, observerGroup, foreignGroup);
    } finally {
      coordination.cleanUp();
    }
  }

  private void probeAll(Stack stack, Api api, Map<String, String> tokenOf, List<Role> roles, String observerSpace,
      long varbergGroup, long observerGroup, long foreignGroup) throws Exception {
    List<Operation> operations = operations(api);
    Map<Operation, Set<String>> table = table();
    List<String> problems = new ArrayList<>();
    for (Operation operation : operations) {
      if (!table.containsKey(operation)) {
        problems.add("not in authorization-matrix.txt: " + operation);
      }
    }
    for (Operation listed : table.keySet()) {
      if (!operations.contains(listed)) {
        problems.add("in authorization-matrix.txt but not in the API: " + listed);
      }
    }

    List<Probe> probes = new ArrayList<>();
    int skipped = 0;
    for (Operation operation : operations) {
      Set<String> allowed = table.getOrDefault(operation, Set.of());
      for (Role role : roles) {
        String own = switch (role.name()) {
          case "rug", "secretariat" -> Halland.REGION;
          case "observer" -> observerSpace;
          default -> Halland.VARBERG;
        };
        long ownGroup = role.name().equals("observer") ? observerGroup : varbergGroup;
        if (operation.writes() && allowed.contains(role.name())) {
          skipped++;
        } else {
          probes.add(new Probe(operation, role, "own", stack.webUrl() + path(operation, own, ownGroup)));
        }
        if (operation.path().contains("{space}")) {
          probes.add(new Probe(operation, role, "foreign space",
              stack.webUrl() + path(operation, FOREIGN_SPACE, foreignGroup)));
        }
        if (operation.path().contains("{groupId}")) {
          probes.add(new Probe(operation, role, "foreign object", stack.webUrl() + path(operation, own, foreignGroup)));
        }
      }
    }

    List<Outcome> outcomes = send(api, tokenOf, probes);
    for (Outcome outcome : outcomes) {
      Probe probe = outcome.probe();
      boolean success = outcome.status() >= 200 && outcome.status() < 300;
      if (outcome.status() >= 500) {
        problems.add(outcome.status() + " for " + probe.role().name() + " (" + probe.scope() + "): " + probe.operation()
            + " → " + probe.uri());
      } else if (success && (!probe.scope().equals("own")
          || !table.getOrDefault(probe.operation(), Set.of()).contains(probe.role().name()))) {
        problems.add("unexpected " + outcome.status() + " for " + probe.role().name() + " (" + probe.scope() + "): "
            + probe.operation() + " → " + probe.uri());
      }
    }
    System.out.printf("authorization matrix: %d operations, %d roles, %d probes sent, %d allowed writes not sent%n",
        operations.size(), roles.size(), probes.size(), skipped);
    assertThat(problems).as("%d problems", problems.size()).isEmpty();
    assertThat(probes.size()).isGreaterThanOrEqualTo(1_000);
  }

  /** The path of an operation with its parameters filled: the space, a group, else an id no row has. */
  private static String path(Operation operation, String space, long group) {
    Matcher parameter = PARAMETER.matcher(operation.path());
    StringBuilder filled = new StringBuilder();
    while (parameter.find()) {
      String name = parameter.group(1);
      String value = switch (name) {
        case "space" -> space;
        case "groupId" -> String.valueOf(group);
        // a year nothing is recorded for, by the demo or any test: "-" must stay "-" whatever ran before
        case "year" -> "2001";
        case "number" -> "1";
        default -> parameter.group(2) != null ? parameter.group(2).split("\\|")[0].strip() : NO_SUCH_ID;
      };
      parameter.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    parameter.appendTail(filled);
    return filled.toString();
  }

  private static List<Outcome> send(Api api, Map<String, String> tokenOf, List<Probe> probes) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Outcome>> running = new ArrayList<>();
      for (Probe probe : probes) {
        running.add(pool.submit(() -> {
          String body = probe.operation().writes() && !probe.operation().method().equals("DELETE") ? "{}" : null;
          Api.Response response = api.send(probe.operation().method(), tokenOf.get(probe.role().name()),
              URI.create(probe.uri()), body);
          return new Outcome(probe, response.status());
        }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> outcome : running) {
        outcomes.add(outcome.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Operation> operations(Api api) {
    Api.Response document = api.send("GET", null, api.stack().server("/openapi"), null);
    assertThat(document.status()).as("%s", document).isEqualTo(200);
    List<Operation> operations = new ArrayList<>();
    JsonObject paths = document.object().getJsonObject("paths");
    for (String path : paths.keySet()) {
      for (String method : paths.getJsonObject(path).keySet()) {
        if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
          operations.add(new Operation(method.toUpperCase(), path));
        }
      }
    }
    Collections.sort(operations, (a, b) -> (a.path() + a.method()).compareTo(b.path() + b.method()));
    return operations;
  }

  /** {@code METHOD PATH = role role …} per line; {@code -} for none; {@code #} starts a comment. */
  private static Map<Operation, Set<String>> table() throws IOException {
    Map<Operation, Set<String>> table = new LinkedHashMap<>();
    try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.txt")) {
      assertThat(in).as("authorization-matrix.txt").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String text = line.replaceFirst("#.*", "").strip();
        if (text.isEmpty()) {
          continue;
        }
        int equals = text.lastIndexOf(" = ");
        String[] operation = text.substring(0, equals).strip().split(" ", 2);
        Set<String> roles = new TreeSet<>(List.of(text.substring(equals + 3).strip().split("\\s+")));
        roles.remove("-");
        table.put(new Operation(operation[0], operation[1]), roles);
      }
    }
    return table;
  }

}
