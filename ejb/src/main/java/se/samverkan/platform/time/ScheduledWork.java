package se.samverkan.platform.time;

/**
 * Work that comes due with time: reminders, deadlines. The platform calls every implementation
 * on a schedule ({@link ScheduledWorkRunner}) and after {@link TimeTravel} moved the clock.
 *
 * <p>Implementations must be idempotent: a run may come twice for the same moment, so each
 * records what it did (a reminder's sent time on its row) and does it once. They act tenant by
 * tenant, each in its own transaction bound to that tenant, as every reader of tenant data does.
 */
public interface ScheduledWork {

  /** Does what is due at the application clock's now. */
  void runDue();
}
