package se.samverkan.platform.time;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverkan.platform.DatabaseSetup;

/**
 * Runs every {@link ScheduledWork} of the application. A singleton, so a slow run and the next
 * timer, or a run and a time-travel call, never overlap: each piece of work sees one run at a
 * time.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledWorkRunner {

  private static final Logger LOG = Logger.getLogger(ScheduledWorkRunner.class.getName());

  @Inject @Any Instance<ScheduledWork> work;
  @Inject DatabaseSetup database;

  @Schedule(minute = "*/10", hour = "*", persistent = false, info = "scheduled work")
  public void onSchedule() {
    runAll();
  }

  /** @return how many pieces of work ran without failing */
  public int runAll() {
    if (!database.isReady()) {
      return 0;
    }
    int done = 0;
    for (ScheduledWork piece : work) {
      try {
        piece.runDue();
        done++;
      } catch (RuntimeException e) {
        // the next run tries again; one feature's trouble must not stop the others' reminders
        LOG.log(Level.WARNING, "scheduled work " + piece.getClass().getName() + " failed", e);
      }
    }
    return done;
  }
}
