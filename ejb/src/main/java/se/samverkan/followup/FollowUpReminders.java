package se.samverkan.followup;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverkan.platform.time.ScheduledWork;
import se.samverkan.tenancy.Tenant;
import se.samverkan.tenancy.TenantDirectory;
import se.samverkan.tenants.TenantKind;

/**
 * The follow-up's scheduled work: municipality by municipality, each in its own transaction, the
 * reminders to the coordinators of groups that have not submitted ({@link GroupReminders}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FollowUpReminders implements ScheduledWork {

  private static final Logger LOG = Logger.getLogger(FollowUpReminders.class.getName());

  @Inject TenantDirectory directory;
  @Inject GroupReminders reminders;

  @Override
  public void runDue() {
    for (Tenant tenant : directory.all()) {
      if (tenant.kind() != TenantKind.MUNICIPALITY) {
        continue;
      }
      try {
        reminders.remindParty(tenant);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "follow-up reminders of " + tenant.id().value() + " failed; tried again next run", e);
      }
    }
  }
}
