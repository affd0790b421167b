package se.samverkan.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock, plus an offset that only {@link TimeTravel} changes. Every reader sees the
 * offset at the moment it asks, so a moved clock applies to beans that were injected long before.
 */
public final class ShiftableClock extends Clock {

  private final Clock system;
  private final AtomicReference<Duration> offset;

  public ShiftableClock(Clock system) {
    this(system, new AtomicReference<>(Duration.ZERO));
  }

  private ShiftableClock(Clock system, AtomicReference<Duration> offset) {
    this.system = system;
    this.offset = offset;
  }

  @Override
  public ZoneId getZone() {
    return system.getZone();
  }

  /** The same shifted time in another zone: it shares this clock's offset. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new ShiftableClock(system.withZone(zone), offset);
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset.get());
  }

  void shiftTo(Instant now) {
    offset.set(Duration.between(system.instant(), Objects.requireNonNull(now)));
  }

  void reset() {
    offset.set(Duration.ZERO);
  }
}
