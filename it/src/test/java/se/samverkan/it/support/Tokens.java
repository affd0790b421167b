package se.samverkan.it.support;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Access tokens from the test stack's Keycloak through the password grant of a public client. One
 * instance per test keeps the tokens it fetched (they live longer than a test class runs).
 */
public final class Tokens {

  public static final String REALM = "samverkan";
  public static final String FOREIGN_REALM = "elsewhere";
  public static final String CLIENT = "samverkan-cli";
  public static final String NO_AUDIENCE_CLIENT = "samverkan-no-audience";
  public static final String PASSWORD = "demo";

  private final Stack stack;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, JsonObject> fetched = new HashMap<>();

  public Tokens(Stack stack) {
    this.stack = stack;
  }

  /** An API token of the realm {@code samverkan} for a demo user, e.g. kungsbacka-coordinator. */
  public String of(String username) {
    return response(REALM, CLIENT, username).getString("access_token");
  }

  /** An access token issued to another client of the realm. */
  public String fromClient(String clientId, String username) {
    return response(REALM, clientId, username).getString("access_token");
  }

  /** An access token of another realm (another issuer) for a user of the same name. */
  public String fromRealm(String realm, String username) {
    return response(realm, CLIENT, username).getString("access_token");
  }

  /** The ID token (audience: the client, not the API) the password grant returns with scope openid. */
  public String idToken(String username) {
    return response(REALM, CLIENT, username).getString("id_token");
  }

  private JsonObject response(String realm, String clientId, String username) {
    return fetched.computeIfAbsent(
        realm + "/" + clientId + "/" + username, key -> fetch(realm, clientId, username));
  }

  private JsonObject fetch(String realm, String clientId, String username) {
    URI uri =
        URI.create(stack.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token");
    String form =
        "grant_type=password&scope=openid"
            + "&client_id=" + encode(clientId)
            + "&username=" + encode(username)
            + "&password=" + encode(PASSWORD);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused a token for " + username + " (realm " + realm + ", client "
                + clientId + "): " + response.statusCode() + " " + response.body());
      }
      return Json.object(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach Keycloak at " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
