package se.samverkan.tenancy;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The request a thread is serving, so the audit trail and the log lines of one request can be
 * found together. The web layer opens and closes it around each request; work that no request
 * started (timers, deliveries) has none.
 *
 * <p>While it is open the thread's name carries the request id and, once the space is entered,
 * the tenant: the server writes the thread's name into every log line, its own included, so each
 * line of a request says which it was without any logger knowing. Never a person's name, address
 * or token: the tenant is an organisation.
 */
public final class RequestTrace {

  /** What a caller may send as its own request id: short, and nothing a log could misread. */
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<String> THREAD_NAME = new ThreadLocal<>();

  private RequestTrace() {}

  public static boolean isAcceptable(String requestId) {
    return requestId != null && ACCEPTABLE.matcher(requestId).matches();
  }

  public static void open(String requestId) {
    if (!isAcceptable(requestId)) {
      throw new IllegalArgumentException("not a request id");
    }
    CURRENT.set(requestId);
    THREAD_NAME.set(Thread.currentThread().getName());
    name("request " + requestId);
  }

  /** The request acts in this tenant's space from now on. */
  static void enter(TenantId tenant) {
    current().ifPresent(id -> name("request " + id + ", tenant " + tenant.value()));
  }

  public static void close() {
    String name = THREAD_NAME.get();
    if (name != null) {
      Thread.currentThread().setName(name);
    }
    THREAD_NAME.remove();
    CURRENT.remove();
  }

  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  private static void name(String trace) {
    Thread.currentThread().setName(THREAD_NAME.get() + " [" + trace + "]");
  }
}
