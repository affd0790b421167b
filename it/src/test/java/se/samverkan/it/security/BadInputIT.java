package se.samverkan.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.security.ExampleBodies.Field;
import se.samverkan.it.security.ExampleBodies.Kind;
import se.samverkan.it.security.OpenApiDocument.Operation;
import se.samverkan.it.security.OpenApiDocument.QueryParameter;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Problems;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The bad-input suite, generated: every operation of the OpenAPI document that takes a JSON body
 * or query values gets, per field, the bad values its schema (completed by {@link ExampleBodies})
 * says are bad: missing, null, wrong JSON type, empty, 1 MB, negative, huge, impossible dates,
 * unknown values of closed texts; per body, not JSON, none, a JSON array, invalid UTF-8 and the
 * wrong content type. Each is sent as the first role the authorization matrix allows, on real
 * objects of that role's space, and must be answered with a 4xx problem detail naming the field;
 * the database must be the same, table by table, before and after.
 *
 * <p>Operations that take input but cannot be covered are listed with the reason in
 * {@code bad-input-uncovered.txt}; one neither covered nor listed fails the test.
 */
@ExtendWith(ArquillianExtension.class)
public class BadInputIT {

  private static final Set<Integer> REFUSALS = Set.of(400, 409, 413, 415, 422);
  private static final String MEGABYTE = "a".repeat(1 << 20);
  private static final String HUGE_INTEGER = "9223372036854775808";
  private static final String BROKEN = "@@BROKEN@@";

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** One bad request: the field it is about ({@code body} for the body as a whole). */
  record Probe(Operation operation, String role, String what, String field, String method, String uri,
      String contentType, byte[] body) {}

  record Outcome(Probe probe, int status, String mediaType, String body) {}

  /** Per operation, the fields the server refuses in the example itself (the generator could not tell). */
  private final Map<String, Set<String>> exampleRefused = new java.util.concurrent.ConcurrentHashMap<>();
  /** Per operation, what sending the example answered: 2xx means the generated example is valid. */
  private final Map<String, Integer> exampleAnswered = new TreeMap<>();
  private final List<String> duplicates = new ArrayList<>();
  /** "operation field" of properties the schema names but the server ignores (see sendExample). */
  private final Set<String> ignored = new TreeSet<>();
  private final List<String> duplicatesSent = new ArrayList<>();

  private final HttpClient http = HttpClient.newBuilder()
      // HTTP/1.1: the client's h2c upgrade on requests with a body hangs against Payara (measured)
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void everyBadInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
    Stack stack = Stack.load();
    Api api = new Api(stack);
    Tokens tokens = new Tokens(stack);
    Map<String, String> userOf = Map.of(
        "platform-admin", Halland.PLATFORM_ADMIN,
        "tenant-admin", Halland.tenantAdmin(Halland.VARBERG),
        "coordinator", Halland.coordinator(Halland.VARBERG),
        "member", Halland.member(Halland.VARBERG),
        "rug", "region-halland-rug",
        "secretariat", "region-halland-secretariat",
        "observer", Halland.NSPH_OBSERVER);
    Map<String, String> tokenOf = new LinkedHashMap<>();
    userOf.forEach((role, user) -> tokenOf.put(role, tokens.of(user)));
    long varbergGroup = new Coordination(api, tokens).groupId(Halland.VARBERG, Halland.SSGB);

    OpenApiDocument document = OpenApiDocument.read(api);
    List<Operation> operations = document.operations();
    // a path with alternatives ({kind: terms|documents}) stands for one path per alternative
    operations.forEach(o -> collections.addAll(alternatives(o.path())));
    Map<String, List<String>> matrix = matrix();
    Map<String, String> uncovered = uncovered();

    // setup: real objects for the path parameters, made through the API where the space has none
    Map<String, Operation> byKey = new LinkedHashMap<>();
    operations.forEach(o -> byKey.put(o.toString(), o));
    RealIds ids = new RealIds(api, (collection, token) -> {
      String template = template(collection, byKey);
      Operation create = template == null ? null : byKey.get("POST " + template);
      if (create == null || create.body().isEmpty()) {
        return Optional.empty();
      }
      String uri = stack.webUrl() + "/api" + collection;
      JsonObject body = valid(api, fields(api, create, token, uri), token, uri, "POST");
      Api.Response made = api.post(token, collection, body);
      System.out.println("bad input: made an object for the paths: " + made.status() + " " + collection + " " + body
          + (made.status() == 201 ? "" : " → " + abbreviate(made.body())));
      return made.status() == 201 ? RealIds.idOf(made.location()) : Optional.empty();
    });

    List<Probe> probes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> covered = new TreeSet<>();
    Set<String> takingInput = new TreeSet<>();
    for (Operation operation : operations) {
      boolean takesInput = operation.body().isPresent()
          || operation.query().stream().anyMatch(q -> !q.name().equals("q"));
      if (!takesInput) {
        continue;
      }
      takingInput.add(operation.toString());
      List<String> allowed = allowed(matrix, operation);
      if (allowed.isEmpty()) {
        if (!uncovered.containsKey(operation.toString())) {
          problems.add("nobody may call it, so no bad input reaches its validation; list it: " + operation);
        }
        continue;
      }
      String role = allowed.get(0);
      String token = tokenOf.get(role);
      String space = switch (role) {
        case "rug", "secretariat" -> Halland.REGION;
        default -> Halland.VARBERG;
      };
      Optional<String> path = ids.fill(operation.path(), space, varbergGroup, token);
      if (path.isEmpty()) {
        if (!uncovered.containsKey(operation.toString())) {
          problems.add("no real object of " + space + " for the path, and not in bad-input-uncovered.txt: " + operation);
        }
        continue;
      }
      if (!uncovered.containsKey(operation.toString())) {
        covered.add(operation.toString());
      }
      String uri = stack.webUrl() + "/api" + path.get();
      if (operation.body().isEmpty()) {
        // what the server refuses when no query value is given at all (e.g. a required one)
        exampleRefused.put(operation.toString(), Set.copyOf(fields(api.send(operation.method(), token,
            URI.create(uri), null).body())));
      }
      probes.addAll(queryProbes(operation, role, uri));
      if (operation.body().isPresent()) {
        probes.addAll(bodyProbes(api, document, operation, role, token, uri));
      }
    }
    for (String listed : uncovered.keySet()) {
      if (!takingInput.contains(listed)) {
        problems.add("in bad-input-uncovered.txt but no operation taking input: " + listed);
      }
    }

    Database database = new Database(stack);
    Map<String, String> before = TableChecksums.of(database);
    List<Outcome> outcomes = send(tokenOf, probes);
    Map<String, String> after = TableChecksums.of(database);

    Map<String, Integer> figures = new TreeMap<>();
    for (Outcome outcome : outcomes) {
      String verdict = verdict(outcome);
      if (uncovered.containsKey(outcome.probe().operation().toString()) && verdict.startsWith("not a refusal")) {
        verdict = ""; // listed: its refusals need a state the suite cannot set up (see the file)
      }
      Set<String> inconclusive = new HashSet<>(exampleRefused.getOrDefault(outcome.probe().operation().toString(), Set.of()));
      if (outcome.probe().what().endsWith("query value")) {
        // the other query parameters are not given: one of them being required is no answer about this one
        outcome.probe().operation().query().forEach(q -> inconclusive.add(q.name()));
        inconclusive.remove(outcome.probe().field());
      }
      if (verdict.startsWith("field not named") && inconclusive.containsAll(fields(outcome.body()))) {
        figures.merge("inconclusive (the example is refused for the same fields)", 1, Integer::sum);
        continue;
      }
      figures.merge(outcome.status() + (verdict.isEmpty() ? "" : " (wrong)"), 1, Integer::sum);
      if (!verdict.isEmpty()) {
        Probe probe = outcome.probe();
        problems.add(verdict + ": " + probe.operation() + " as " + probe.role() + ", " + probe.what() + " of '"
            + probe.field() + "' → " + outcome.status() + " " + abbreviate(outcome.body()));
      }
    }
    for (String table : before.keySet()) {
      if (!before.get(table).equals(after.get(table))) {
        problems.add("table " + table + " changed: " + before.get(table) + " → " + after.get(table));
      }
    }
    problems.addAll(duplicates);
    long validExamples = exampleAnswered.values().stream().filter(status -> status < 300).count();
    System.out.printf("bad input: generated examples sent in the setup: %d accepted, refused: %s%n", validExamples,
        exampleAnswered.entrySet().stream().filter(e -> e.getValue() >= 300).map(e -> e.getKey() + " " + e.getValue()
            + " " + exampleRefused.getOrDefault(e.getKey(), Set.of())).toList());
    System.out.printf("bad input: properties in the schema that the server ignores, not probed: %s%n", ignored);
    System.out.printf("bad input: duplicate submits of one-time actions: %s%n", duplicatesSent);
    System.out.printf("bad input: %d operations take input, %d covered, %d listed as not coverable; %d probes sent;"
        + " answers %s; %d tables compared%n", takingInput.size(), covered.size(), uncovered.size(), probes.size(),
        figures, before.size());
    assertThat(problems).as("%d problems", problems.size()).isEmpty();
    assertThat(covered).isNotEmpty();
  }

  /** Empty when the answer is right for the probe; else what is wrong. */
  private static String verdict(Outcome outcome) {
    Probe probe = outcome.probe();
    if (outcome.status() == 0) {
      return "no answer";
    }
    if (outcome.status() >= 500) {
      return "server error";
    }
    if (outcome.status() < 300) {
      return "accepted bad input";
    }
    if (!REFUSALS.contains(outcome.status())) {
      return "not a refusal of input (" + outcome.status() + ")";
    }
    if (!outcome.mediaType().equals(Problems.MEDIA_TYPE)) {
      return "not a problem detail";
    }
    if (outcome.status() == 400 || outcome.status() == 422) {
      List<String> fields = fields(outcome.body());
      boolean named = fields.stream().anyMatch(f -> f.equals(probe.field()) || f.startsWith(probe.field() + "[")
          || f.startsWith(probe.field() + "."));
      if (!named) {
        return "field not named (" + fields + ")";
      }
    }
    return "";
  }

  private static List<String> fields(String body) {
    try {
      JsonObject problem = se.samverkan.it.support.Json.object(body);
      return Problems.fields(problem);
    } catch (RuntimeException notJson) {
      return List.of();
    }
  }

  private List<Probe> queryProbes(Operation operation, String role, String uri) {
    List<Probe> probes = new ArrayList<>();
    for (QueryParameter parameter : operation.query()) {
      String type = parameter.schema().getString("type", "string");
      if (!type.equals("integer") && !type.equals("number")) {
        continue; // free texts (filters, search): any text is a valid filter; see the report
      }
      String method = operation.method();
      String body = operation.body().map(b -> "{}").orElse(null);
      for (String[] bad : List.of(new String[] {"wrong type", "abc"}, new String[] {"huge", HUGE_INTEGER},
          new String[] {"negative", "-1"}, new String[] {"empty", ""})) {
        if (bad[0].equals("negative") && !isCount(parameter.name()) && !parameter.name().equals("version")) {
          continue;
        }
        if (bad[0].equals("empty") && !parameter.name().equals("version")) {
          continue; // an empty value of an optional number is the same as none
        }
        String separator = uri.contains("?") ? "&" : "?";
        probes.add(new Probe(operation, role, bad[0] + " query value", parameter.name(), method,
            uri + separator + parameter.name() + "=" + bad[1], body == null ? null : "application/json",
            body == null ? null : bytes(body)));
      }
    }
    return probes;
  }

  private static boolean isCount(String name) {
    return name.equals("page") || name.equals("size") || name.equals("year") || name.equals("from") || name.equals("to");
  }

  private List<Probe> bodyProbes(Api api, OpenApiDocument document, Operation operation, String role, String token,
      String uri) {
    String method = operation.method();
    Map<String, Field> fields = fields(api, operation, token, uri);
    JsonObject valid = valid(api, fields, token, uri, method);

    if (!operation.path().startsWith("/api/platform/")) {
      sendExample(api, operation, token, uri, valid);
    }
    List<Probe> probes = new ArrayList<>();
    String json = "application/json";
    probes.add(new Probe(operation, role, "not JSON", "body", method, uri, json, bytes("{\"this is\": not json")));
    probes.add(new Probe(operation, role, "no body", "body", method, uri, json, new byte[0]));
    probes.add(new Probe(operation, role, "a JSON array", "body", method, uri, json, bytes("[" + valid + "]")));
    probes.add(new Probe(operation, role, "wrong content type", "body", method, uri, "text/plain", bytes(valid.toString())));
    for (Field field : fields.values()) {
      String name = field.name();
      if (ignored.contains(operation + " " + name)) {
        continue;
      }
      boolean writesVersion = name.equals("version") && !method.equals("POST");
      if (name.equals("version") && !writesVersion && !field.required()) {
        continue; // a create ignores a version
      }
      List<Object[]> bad = new ArrayList<>();
      if (field.required()) {
        bad.add(new Object[] {"missing", null});
        bad.add(new Object[] {"null", JsonValue.NULL});
      }
      bad.add(new Object[] {"wrong JSON type", wrongType(field.kind())});
      if (field.text()) {
        if (field.schema().getString("pattern", "").equals("\\S") || field.schema().getInt("minLength", 0) > 0
            || field.kind() != Kind.TEXT) {
          bad.add(new Object[] {"empty", Json.createValue("")});
        }
        if (field.bounded()) {
          bad.add(new Object[] {"1 MB", Json.createValue(MEGABYTE)});
        }
        if (field.kind() == Kind.CLOSED_TEXT) {
          bad.add(new Object[] {"unknown value", Json.createValue("NO_SUCH_VALUE")});
        }
        if (field.kind() == Kind.DATE) {
          bad.add(new Object[] {"impossible date", Json.createValue("2025-02-30")});
          bad.add(new Object[] {"impossible month", Json.createValue("2025-13-01")});
        }
        if (field.kind() == Kind.DATE_TIME) {
          bad.add(new Object[] {"impossible date", Json.createValue("2025-02-30T09:00")});
        }
      }
      if (field.kind() == Kind.INTEGER || field.kind() == Kind.NUMBER) {
        if (field.schema().containsKey("minimum") || writesVersion) {
          bad.add(new Object[] {"negative", Json.createValue(-1)});
        }
        bad.add(new Object[] {"huge (2^63)", new java.math.BigInteger(HUGE_INTEGER)});
        bad.add(new Object[] {"huge (1e308)", Json.createValue(1e308)});
      }
      if (field.kind() == Kind.ARRAY && field.schema().containsKey("maxItems")) {
        bad.add(new Object[] {"too many items", tooMany(valid.get(name), field.schema().getInt("maxItems"))});
      }
      for (Object[] mutation : bad) {
        String body = mutate(valid, name, mutation[1]);
        probes.add(new Probe(operation, role, (String) mutation[0], name, method, uri, json, bytes(body)));
      }
    }
    fields.values().stream().filter(f -> f.kind() == Kind.TEXT).findFirst().ifPresent(f -> {
      String marked = mutate(valid, f.name(), Json.createValue("X" + BROKEN + "Y"));
      probes.add(new Probe(operation, role, "invalid UTF-8", "body", method, uri, json, broken(marked)));
    });
    return probes;
  }

  /**
   * Sends the generated example once, before the database is summed: an answer of 2xx shows the
   * example is valid; a 400 tells which of its fields the generator could not get right (a probe
   * refused only for those is inconclusive, not wrong). A one-time action (one no object sits
   * under) that succeeded is sent again: the duplicate must be refused (4xx), not done twice.
   */
  private void sendExample(Api api, Operation operation, String token, String uri, JsonObject valid) {
    Api.Response first = api.send(operation.method(), token, URI.create(uri), valid.toString());
    exampleAnswered.put(operation.toString(), first.status());
    if (first.status() >= 200 && first.status() < 300 && first.body().startsWith("{")) {
      // a property the made object does not show is one the class does not have: Payara's schema
      // merges classes of the same simple name (SectionRequest of agreements and of local analyses)
      valid.keySet().stream().filter(name -> !first.body().contains("\"" + name + "\""))
          .forEach(name -> ignored.add(operation + " " + name));
    }
    if (first.status() >= 400) {
      exampleRefused.put(operation.toString(), Set.copyOf(fields(first.body())));
    }
    boolean oneTimeAction = operation.method().equals("POST") && !uri.matches(".*/\\d+$")
        && operation.path().matches(".*\\}/[a-z-]+$") && !collection(operation.path());
    if (first.status() < 300 && oneTimeAction) {
      Api.Response again = api.send(operation.method(), token, URI.create(uri), valid.toString());
      if (again.status() < 400 || again.status() >= 500) {
        duplicates.add("a duplicate submit was not refused: " + operation + " → " + again.status() + " "
            + abbreviate(again.body()));
      }
      duplicatesSent.add(operation + " → " + again.status());
    }
  }

  /** Whether objects sit under the path (a collection: some other path continues it with an id). */
  private boolean collection(String path) {
    return collections.stream().anyMatch(p -> p.startsWith(path + "/{"));
  }

  private final List<String> collections = new ArrayList<>();

  private static List<String> alternatives(String path) {
    java.util.regex.Matcher choice = java.util.regex.Pattern.compile("\\{\\w+:\\s*([^}]*)}").matcher(path);
    if (!choice.find()) {
      return List.of(path);
    }
    List<String> paths = new ArrayList<>();
    for (String alternative : choice.group(1).split("\\|")) {
      paths.addAll(alternatives(path.substring(0, choice.start()) + alternative.strip() + path.substring(choice.end())));
    }
    return paths;
  }

  /** The text as UTF-8, with the marker replaced by a lead byte that no continuation byte follows. */
  private static byte[] broken(String marked) {
    String[] parts = marked.split(BROKEN, 2);
    byte[] head = bytes(parts[0]);
    byte[] tail = bytes(parts[1]);
    byte[] all = Arrays.copyOf(head, head.length + 1 + tail.length);
    all[head.length] = (byte) 0xC3;
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    return all;
  }

  /**
   * The body's fields: the schema's, completed by what the server itself names as missing from an
   * empty object (Payara's schema leaves some required fields out and marks none as required).
   */
  static Map<String, Field> fields(Api api, Operation operation, String token, String uri) {
    Api.Response emptyObject = api.send(operation.method(), token, URI.create(uri), "{}");
    Set<String> required = new HashSet<>(fields(emptyObject.body()));
    Map<String, Field> fields = new LinkedHashMap<>(ExampleBodies.fields(operation.body().get(), required));
    for (String name : required) {
      if (!name.equals("body") && !name.contains(".") && !name.contains("[")) {
        fields.putIfAbsent(name, new Field(name, ExampleBodies.kind(name, JsonValue.EMPTY_JSON_OBJECT),
            JsonValue.EMPTY_JSON_OBJECT, true));
      }
    }
    return fields;
  }

  /** An example body the server should accept, with the object's current version where it has one. */
  static JsonObject valid(Api api, Map<String, Field> fields, String token, String uri, String method) {
    Map<String, Long> current = currentVersion(api, token, uri, method);
    JsonObjectBuilder base = Json.createObjectBuilder();
    fields.values().forEach(f -> base.add(f.name(), f.name().equals("version") && current.containsKey("version")
        ? Json.createValue(current.get("version")) : ExampleBodies.example(f, current)));
    return base.build();
  }

  private static JsonValue tooMany(JsonValue example, int max) {
    var array = Json.createArrayBuilder();
    JsonValue one = example instanceof JsonArray a && !a.isEmpty() ? a.get(0) : Json.createValue("x");
    for (int i = 0; i <= max; i++) {
      array.add(one);
    }
    return array.build();
  }

  private static Map<String, Long> currentVersion(Api api, String token, String uri, String method) {
    if (method.equals("POST") && !uri.matches(".*/(approval|notice|closure|adoption|submission|rug|escalation|resolution"
        + "|analysis|consultation|decision-stage)$")) {
      return Map.of();
    }
    // an action's version is its object's: read the object the path names (or its parent)
    for (String path : List.of(uri, uri.substring(0, uri.lastIndexOf('/')))) {
      Api.Response read = api.send("GET", token, URI.create(path), null);
      if (read.status() == 200 && read.mediaType().equals("application/json") && read.body().startsWith("{")) {
        JsonObject object = read.object();
        if (object.containsKey("version") && object.get("version").getValueType() == JsonValue.ValueType.NUMBER) {
          return Map.of("version", object.getJsonNumber("version").longValue());
        }
      }
    }
    return Map.of();
  }

  private static JsonValue wrongType(Kind kind) {
    return switch (kind) {
      case INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT -> Json.createValue("abc");
      default -> Json.createObjectBuilder().add("nested", "x").build();
    };
  }

  private static String mutate(JsonObject valid, String name, Object value) {
    if (value == null) {
      return Json.createObjectBuilder(valid).remove(name).build().toString();
    }
    if (value instanceof java.math.BigInteger big) {
      return Json.createObjectBuilder(valid).add(name, big).build().toString();
    }
    return Json.createObjectBuilder(valid).add(name, (JsonValue) value).build().toString();
  }

  private List<Outcome> send(Map<String, String> tokenOf, List<Probe> probes) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Outcome>> running = new ArrayList<>();
      for (Probe probe : probes) {
        running.add(pool.submit(() -> send(tokenOf.get(probe.role()), probe)));
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

  private Outcome send(String token, Probe probe) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(probe.uri()))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json, application/problem+json, */*;q=0.1")
        .header("Authorization", "Bearer " + token);
    if (probe.body() != null) {
      request.header("Content-Type", probe.contentType());
      request.method(probe.method(), HttpRequest.BodyPublishers.ofByteArray(probe.body()));
    } else {
      request.method(probe.method(), HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> answer;
    try {
      answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.net.http.HttpTimeoutException slow) {
      return new Outcome(probe, 0, "", "no answer within 30 s");
    }
    String type = answer.headers().firstValue("Content-Type").orElse("");
    int semicolon = type.indexOf(';');
    return new Outcome(probe, answer.statusCode(), (semicolon < 0 ? type : type.substring(0, semicolon)).strip(),
        answer.body());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /** The template of a filled collection path, e.g. /spaces/varberg/plans → /api/spaces/{space}/plans. */
  private static String template(String collection, Map<String, Operation> byKey) {
    String[] filled = ("/api" + collection).split("/");
    for (Operation operation : byKey.values()) {
      String[] parts = operation.path().split("/");
      if (parts.length != filled.length) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < parts.length && same; i++) {
        same = parts[i].startsWith("{") || parts[i].equals(filled[i]);
      }
      if (same && operation.method().equals("POST")) {
        return operation.path();
      }
    }
    return null;
  }

  /**
   * The roles the matrix lets succeed. The matrix calls reads of single objects with ids no row
   * has, so it lets nobody succeed there ({@code -}); those are read by whoever may read the list
   * they belong to: the nearest enclosing path's GET line that names roles.
   */
  private static List<String> allowed(Map<String, List<String>> matrix, Operation operation) {
    List<String> allowed = matrix.getOrDefault(operation.toString(), List.of());
    if (allowed.isEmpty() && operation.path().matches(".*\\.\\w+$")) {
      // an export (projects.xlsx) is read by whoever reads the list it exports (projects)
      allowed = matrix.getOrDefault(operation.method() + " " + operation.path().replaceFirst("\\.\\w+$", ""), List.of());
    }
    for (String path = operation.path(); allowed.isEmpty() && path.lastIndexOf('/') > "/api/spaces/{space}".length(); ) {
      path = path.substring(0, path.lastIndexOf('/'));
      if (operation.method().equals("GET")) {
        allowed = matrix.getOrDefault("GET " + path, List.of());
      }
    }
    return allowed;
  }

  /** The matrix's lines: operation → the roles that may succeed, in the order written. */
  static Map<String, List<String>> matrix() throws IOException {
    Map<String, List<String>> table = new LinkedHashMap<>();
    for (String text : lines("/authorization-matrix.txt")) {
      int equals = text.lastIndexOf(" = ");
      List<String> roles = new ArrayList<>(List.of(text.substring(equals + 3).strip().split("\\s+")));
      roles.remove("-");
      table.put(text.substring(0, equals).strip(), roles);
    }
    return table;
  }

  /** {@code METHOD PATH = reason} per line: operations taking input that the suite cannot cover. */
  private static Map<String, String> uncovered() throws IOException {
    return lines("/bad-input-uncovered.txt").stream().collect(Collectors.toMap(
        l -> l.substring(0, l.indexOf(" = ")).strip(), l -> l.substring(l.indexOf(" = ") + 3).strip(),
        (a, b) -> a, TreeMap::new));
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = BadInputIT.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String text = line.replaceFirst("#.*", "").strip();
        if (!text.isEmpty()) {
          lines.add(text);
        }
      }
      return lines;
    }
  }
}
