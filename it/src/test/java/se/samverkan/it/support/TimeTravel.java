package se.samverkan.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Instant;

/**
 * Moves the test server's application clock, and with it everything that comes due (reminders,
 * deadlines). Every IT shares one server: go {@link #back()} in a {@code finally} or
 * {@code @AfterEach}.
 */
public final class TimeTravel {

  private static final String CLOCK = "/platform/clock";

  private final Api api;
  private final Tokens tokens;

  public TimeTravel(Api api, Tokens tokens) {
    this.api = api;
    this.tokens = tokens;
  }

  /** Moves the clock to {@code now}; returns once the work due by then has run. */
  public void to(Instant now) {
    Api.Response moved = api.put(admin(), CLOCK,
        Json.createObjectBuilder().add("now", now.toString()).build());
    assertThat(moved.status()).as("moving the clock: %s", moved).isEqualTo(200);
  }

  public void back() {
    Api.Response back = api.delete(admin(), CLOCK);
    assertThat(back.status()).as("resetting the clock: %s", back).isEqualTo(204);
  }

  public Instant now() {
    Api.Response now = api.get(admin(), CLOCK);
    assertThat(now.status()).as("reading the clock: %s", now).isEqualTo(200);
    return Instant.parse(now.object().getString("now"));
  }

  private String admin() {
    return tokens.of(Halland.PLATFORM_ADMIN);
  }
}
