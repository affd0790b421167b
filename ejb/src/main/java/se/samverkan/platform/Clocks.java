package se.samverkan.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import se.samverkan.platform.time.ShiftableClock;

/**
 * The application's clock: Swedish time, since periods and deadlines are Swedish days. Injected
 * wherever "today" matters, so it is one decision and tests can reason about it. One clock for
 * the whole application, which the test profile can move ({@code platform.time.TimeTravel}).
 */
@ApplicationScoped
public class Clocks {

  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final ShiftableClock clock = new ShiftableClock(Clock.system(SWEDEN));

  @Produces
  Clock clock() {
    return clock;
  }
}
