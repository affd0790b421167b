import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on one Faces page by logged-in people: SESSIONS browser sessions, each with its own cookies
 * (its own Payara session), log in once through Keycloak's login form as a browser does (page,
 * redirect to Keycloak, form, callback, back to the page); then USERS workers, worker i in session
 * i mod SESSIONS, request the page again and again for a bounded time after a warm-up, with an
 * optional pause between requests ("think time"). Prints one JSON object like Load.java. Logins
 * run before the measuring starts, one thread per demo user (Keycloak 26 refuses concurrent
 * logins of one user while brute-force detection is on); on two busy cores a login takes seconds,
 * hence fewer sessions than workers.
 *
 * Usage: java UiLoad.java NAME USERS SESSIONS WARMUP_S DURATION_S THINK_MS PAGE_URL MUST_CONTAIN USER [USER...]
 * (password 'demo' for every demo user)
 */
public class UiLoad {

  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);

  public static void main(String[] args) throws Exception {
    String name = args[0];
    int users = Integer.parseInt(args[1]);
    int sessions = Math.min(users, Integer.parseInt(args[2]));
    long warmupNanos = Duration.ofSeconds(Long.parseLong(args[3])).toNanos();
    long durationNanos = Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
    long thinkMillis = Long.parseLong(args[5]);
    URI page = URI.create(args[6]);
    String mustContain = args[7];
    List<String> logins = Arrays.asList(args).subList(8, args.length);

    HttpClient[] clients = new HttpClient[sessions];
    ExecutorService loginPool = Executors.newFixedThreadPool(logins.size());
    List<Future<?>> done = new ArrayList<>();
    long loginStart = System.nanoTime();
    for (int l = 0; l < logins.size(); l++) {
      int first = l;
      done.add(loginPool.submit(() -> {
        for (int u = first; u < sessions; u += logins.size()) {
          clients[u] = logIn(page, logins.get(first), mustContain);
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    loginPool.shutdown();
    double loginSeconds = (System.nanoTime() - loginStart) / 1e9;

    HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).GET().build();
    AtomicLong errors = new AtomicLong();
    AtomicLong sent = new AtomicLong();
    AtomicLong lastStatus = new AtomicLong();
    long start = System.nanoTime();
    long measureFrom = start + warmupNanos;
    long end = measureFrom + durationNanos;
    ExecutorService pool = Executors.newFixedThreadPool(users);
    List<Future<long[]>> workers = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      HttpClient http = clients[i % sessions];
      workers.add(pool.submit(() -> {
        long[] latencies = new long[1 << 12];
        int n = 0;
        while (true) {
          long t0 = System.nanoTime();
          if (t0 >= end) {
            break;
          }
          int status;
          try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            // a page that is not the meetings page (a login form, an error page) is an error
            status = response.body().contains(mustContain) ? response.statusCode() : -2;
          } catch (Exception e) {
            status = -1;
          }
          long t1 = System.nanoTime();
          sent.incrementAndGet();
          if (t0 >= measureFrom && t1 <= end) {
            if (status != 200) {
              errors.incrementAndGet();
              lastStatus.set(status);
            } else {
              if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
              }
              latencies[n++] = t1 - t0;
            }
          }
          if (thinkMillis > 0) {
            Thread.sleep(thinkMillis);
          }
        }
        return Arrays.copyOf(latencies, n);
      }));
    }
    List<long[]> parts = new ArrayList<>();
    for (Future<long[]> w : workers) {
      parts.add(w.get());
    }
    pool.shutdown();
    long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    double seconds = durationNanos / 1e9;
    System.out.printf(java.util.Locale.ROOT,
        "{\"name\":\"%s\",\"sent\":%d,\"concurrency\":%d,\"sessions\":%d,\"seconds\":%.0f,\"think_ms\":%d,\"login_seconds\":%.1f,\"ok\":%d,"
            + "\"errors\":%d,\"last_error_status\":%d,\"throughput_per_s\":%.1f,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f}%n",
        name, sent.get(), users, sessions, seconds, thinkMillis, loginSeconds, all.length, errors.get(), lastStatus.get(),
        all.length / seconds, pct(all, 50), pct(all, 95), pct(all, 99));
    System.exit(0);
  }

  /** The browser's way in: the page sends to Keycloak's form; the form's answer comes back to the page. */
  private static HttpClient logIn(URI page, String user, String mustContain) throws Exception {
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new LoopbackCookies())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
    HttpResponse<String> form = http.send(HttpRequest.newBuilder(page).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher action = FORM_ACTION.matcher(form.body());
    if (!action.find()) {
      throw new IllegalStateException("no Keycloak login form at " + form.uri() + " (" + form.statusCode() + ")");
    }
    String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo&credentialId=";
    HttpResponse<String> landed = http.send(
        HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    if (landed.statusCode() != 200 || !landed.body().contains(mustContain)) {
      throw new IllegalStateException("login of " + user + " ended at " + landed.uri() + " (" + landed.statusCode() + ")");
    }
    return http;
  }

  /**
   * Keycloak marks its login cookies Secure (SameSite=None); a browser sends them to
   * http://localhost anyway (a secure context), Java's CookieManager does not, and Keycloak then
   * answers the form with 400. On loopback the flag is dropped before the cookie is stored.
   */
  private static final class LoopbackCookies extends CookieHandler {
    private final CookieManager cookies = new CookieManager();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
      return cookies.get(uri, headers);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
      Map<String, List<String>> relaxed = headers.entrySet().stream()
          .filter(e -> e.getKey() != null)
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getKey().equalsIgnoreCase("Set-Cookie")
              ? e.getValue().stream().map(c -> c.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList()
              : e.getValue()));
      cookies.put(uri, relaxed);
    }
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return -1;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }
}
