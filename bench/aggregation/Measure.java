import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls the regional compilation endpoint N times, one after the other, as Halland's RUG and prints
 * p50/p95/p99 of the wall time per call (client side, loopback), after a warm-up.
 *
 * <p>java Measure.java KEYCLOAK_URL WEB_URL YEAR AUDIENCE CALLS WARMUP LABEL
 */
public class Measure {

  public static void main(String[] args) throws Exception {
    String kc = args[0], web = args[1], year = args[2], audience = args[3], label = args[6];
    int calls = Integer.parseInt(args[4]), warmup = Integer.parseInt(args[5]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    URI uri = URI.create(web + "/api/spaces/region-halland/regional-followups/" + year + "/" + audience);
    String token = token(http, kc);
    long tokenAt = System.nanoTime();
    long bytes = 0;
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < warmup + calls; i++) {
      if (System.nanoTime() - tokenAt > 120_000_000_000L) {
        token = token(http, kc); // tokens live five minutes
        tokenAt = System.nanoTime();
      }
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
          .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
      double ms = (System.nanoTime() - t0) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException(r.statusCode() + " " + r.body());
      }
      if (i >= warmup) {
        millis.add(ms);
        bytes = r.body().length();
      }
    }
    Collections.sort(millis);
    System.out.printf("{\"label\":\"%s\",\"calls\":%d,\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,"
        + "\"max_ms\":%.1f,\"response_chars\":%d}%n", label, calls, pct(millis, 50), pct(millis, 95), pct(millis, 99),
        millis.get(millis.size() - 1), bytes);
  }

  private static double pct(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static String token(HttpClient http, String kc) throws Exception {
    String form = "grant_type=password&client_id=samverkan-cli&username="
        + URLEncoder.encode("region-halland-rug", StandardCharsets.UTF_8) + "&password=demo";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(kc + "/realms/samverkan/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
        .build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("no token: " + r.body());
    }
    return m.group(1);
  }
}
