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
 * by region ({@link ExpiryReminders}, each region in its own transaction, so one region's trouble
 * does not hold back another's reminders).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AgreementReminders implements ScheduledWork {

  private static final Logger LOG = Logger.getLogger(AgreementReminders.class.getName());

  @Inject TenantDirectory directory;
  @Inject ExpiryReminders expiry;

  @Override
  public void runDue() {
    for (Tenant tenant : directory.all()) {
      if (tenant.kind() != TenantKind.REGION) {
        continue;
      }
      try {
        expiry.remindRegion(tenant);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "agreement reminders of " + tenant.id().value() + " failed; tried again next run", e);
      }
    }
  }
}
