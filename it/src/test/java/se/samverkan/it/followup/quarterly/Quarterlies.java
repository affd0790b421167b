package se.samverkan.it.followup.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Halland.REGION;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/** What the quarterly indicators' tests share: a fresh indicator of their own, uploads, row counts. */
final class Quarterlies {

  private final Stack stack;
  private final Api api;
  private final Tokens tokens;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  Quarterlies(Stack stack) {
    this.stack = stack;
    this.api = new Api(stack);
    this.tokens = new Tokens(stack);
  }

  Api api() {
    return api;
  }

  String token(String user) {
    return tokens.of(user);
  }

  String rug() {
    return tokens.of(Halland.user(REGION, "rug"));
  }

  static String path(String space) {
    return "/spaces/" + space + "/quarterly-indicators";
  }

  static String uniqueCode() {
    return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  static JsonObject definition(String code, String unit, String from, String to) {
    JsonObject body = Json.of("code", code, "nameSv", "Testindikator " + code, "nameEn", "Test indicator " + code,
        "unit", unit, "better", "LOWER", "reportedBy", "MUNICIPALITIES", "activeFrom", from);
    return to == null ? body : Json.with(body, "activeTo", to);
  }

  /** RUG defines an indicator with a code of its own; its JSON as answered. */
  JsonObject define(String unit, String from, String to) {
    Api.Response created = api.post(rug(), path(REGION), definition(uniqueCode(), unit, from, to));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.location()).isPresent();
    return created.object();
  }

  /** Uploads a file of figures in the space as the user, as the CSV client would. */
  Api.Response upload(String user, String space, String csv) {
    return upload(user, space, csv.getBytes(StandardCharsets.UTF_8));
  }

  Api.Response upload(String user, String space, byte[] file) {
    URI uri = stack.api(path(space) + "/values");
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + tokens.of(user))
        .header("Accept", "application/json")
        .header("Content-Type", "text/csv; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(file))
        .build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Api.Response("POST", uri, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
          r.headers().firstValue("Location"), r.headers().firstValue("X-Request-Id"), r.body());
    } catch (IOException e) {
      throw new IllegalStateException("upload to " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The figures of an indicator in the database, as the owner in the party's context. */
  long rows(String party, long indicator) throws SQLException {
    try (Connection owner = new Database(stack).asOwner()) {
      owner.setAutoCommit(false);
      Database.setTenant(owner, party);
      long count = Database.count(owner,
          "select count(*) from quarterly_value where indicator_id = ? and tenant_id = ?", indicator, party);
      owner.rollback();
      return count;
    }
  }

  static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }
}
