package se.samverkan.platform.time;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverkan.platform.mail.MailDelivery;
import se.samverkan.shared.NotFoundException;

/**
 * Moves the application clock, for the integration tests of reminders and deadlines. Only a
 * server configured with {@code samverkan.clock.shiftable=true} allows it (the test profile of
 * {@code deploy/samverkan}); anywhere else the clock is the system's and this answers as if it
 * did not exist.
 */
@ApplicationScoped
public class TimeTravel {

  @Inject
  @ConfigProperty(name = "samverkan.clock.shiftable", defaultValue = "false")
  boolean shiftable;

  @Inject Clock clock;
  @EJB ScheduledWorkRunner runner;
  @EJB MailDelivery mail;

  /**
   * Moves the clock to {@code now}, runs what has come due and sends the mail it queued, before
   * returning: mail queued at the moved time is due at that time, and would wait for it once the
   * clock is back.
   */
  public void moveTo(Instant now) {
    shiftableClock().shiftTo(now);
    runner.runAll();
    mail.deliverDue();
  }

  public void back() {
    shiftableClock().reset();
  }

  public Instant now() {
    return shiftableClock().instant();
  }

  private ShiftableClock shiftableClock() {
    if (!shiftable || !(clock instanceof ShiftableClock moved)) {
      throw new NotFoundException("Time travel", "on this server");
    }
    return moved;
  }
}
