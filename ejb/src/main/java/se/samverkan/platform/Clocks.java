package se.samverkan.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The application's clock: Swedish time, since periods and deadlines are Swedish days. Injected
 * wherever "today" matters, so it is one decision and tests can reason about it.
 */
@ApplicationScoped
public class Clocks {

  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Produces
  Clock clock() {
    return Clock.system(SWEDEN);
  }
}
