package se.samverkan.dispute;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverkan.platform.time.ScheduledWork;
import se.samverkan.tenancy.Tenant;
import se.samverkan.tenancy.TenantDirectory;

/**
 * The platform's scheduled work for disputes: tenant by tenant, remind the people of every step
 * past its deadline (which also flags the dispute). Idempotent: a step is reminded once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DisputeReminders implements ScheduledWork {

  private static final Logger LOG = Logger.getLogger(DisputeReminders.class.getName());

  @Inject TenantDirectory directory;
  @Inject DisputeReminder reminder;

  @Override
  public void runDue() {
    for (Tenant tenant : directory.all()) {
      try {
        reminder.remindOverdue(tenant.id());
      } catch (RuntimeException e) {
        // the next run tries again; one tenant's trouble must not stop the others' reminders
        LOG.log(Level.WARNING, "reminding the overdue disputes of " + tenant.id() + " failed", e);
      }
    }
  }
}
