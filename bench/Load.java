import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load driver: a fixed pool of workers, each sending one request after the other
 * for a bounded time after a warm-up; prints one JSON object (throughput, p50/p95/p99, errors).
 * Closed loop on purpose: it measures what the server sustains at that concurrency, not how it
 * queues under an arrival rate. Run as a single-file program: java bench/Load.java ...
 *
 * Usage: java Load.java NAME CONCURRENCY WARMUP_S DURATION_S GET URL BEARER
 *        java Load.java NAME CONCURRENCY WARMUP_S DURATION_S POST URL FORM_BODY [FORM_BODY...]
 * With several form bodies worker i sends body i mod n: Keycloak 26 refuses concurrent password
 * grants of one user while brute-force detection is on (user_temporarily_disabled), so a login
 * benchmark spreads its workers over users.
 */
public class Load {

  public static void main(String[] args) throws Exception {
    String name = args[0];
    int concurrency = Integer.parseInt(args[1]);
    long warmupNanos = Duration.ofSeconds(Long.parseLong(args[2])).toNanos();
    long durationNanos = Duration.ofSeconds(Long.parseLong(args[3])).toNanos();
    String method = args[4];
    URI uri = URI.create(args[5]);
    List<HttpRequest> requests = new ArrayList<>();
    for (int a = 6; a < args.length; a++) {
      HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
      requests.add(method.equals("GET")
          ? builder.header("Authorization", "Bearer " + args[a]).header("Accept", "application/json").GET().build()
          : builder.header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(args[a])).build());
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();

    AtomicLong errors = new AtomicLong();
    AtomicLong sent = new AtomicLong();
    AtomicLong lastStatus = new AtomicLong();
    long start = System.nanoTime();
    long measureFrom = start + warmupNanos;
    long end = measureFrom + durationNanos;
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    List<Future<long[]>> workers = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      HttpRequest request = requests.get(i % requests.size());
      workers.add(pool.submit(() -> {
        long[] latencies = new long[1 << 16];
        int n = 0;
        while (true) {
          long t0 = System.nanoTime();
          if (t0 >= end) {
            break;
          }
          int status;
          try {
            status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
          } catch (Exception e) {
            status = -1;
          }
          long t1 = System.nanoTime();
          sent.incrementAndGet();
          if (t0 < measureFrom || t1 > end) {
            continue;
          }
          if (status != 200) {
            errors.incrementAndGet();
            lastStatus.set(status);
            continue;
          }
          if (n == latencies.length) {
            latencies = Arrays.copyOf(latencies, n * 2);
          }
          latencies[n++] = t1 - t0;
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
        "{\"name\":\"%s\",\"sent\":%d,\"concurrency\":%d,\"seconds\":%.0f,\"ok\":%d,\"errors\":%d,\"last_error_status\":%d,"
            + "\"throughput_per_s\":%.1f,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f}%n",
        name, sent.get(), concurrency, seconds, all.length, errors.get(), lastStatus.get(),
        all.length / seconds, pct(all, 50), pct(all, 95), pct(all, 99));
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return -1;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }
}
