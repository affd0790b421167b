package se.samverkan.agreement;

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
 * The agreements' scheduled work: RUG's reminder to extend or revise a version in force, region
 * by region ({@link ExpiryReminders}), and a party's reminder of a consultation it has not
 * answered, party by party ({@link DeadlineReminders}). Each tenant in its own transaction, so
 * one tenant's trouble does not hold back another's reminders.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AgreementReminders implements ScheduledWork {

  private static final Logger LOG = Logger.getLogger(AgreementReminders.class.getName());

  @Inject TenantDirectory directory;
  @Inject ExpiryReminders expiry;
  @Inject DeadlineReminders deadlines;

  @Override
  public void runDue() {
    for (Tenant tenant : directory.all()) {
      try {
        if (tenant.kind() == TenantKind.REGION) {
          expiry.remindRegion(tenant);
        }
        deadlines.remindParty(tenant);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "agreement reminders of " + tenant.id().value() + " failed; tried again next run", e);
      }
    }
  }
}
