package se.samverkan.platform.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverkan.platform.DatabaseSetup;
import se.samverkan.tenancy.Tenant;
import se.samverkan.tenancy.TenantDirectory;
import se.samverkan.tenancy.TenantId;

/**
 * Sends what the outbox holds: right after a commit that queued mail ({@link DeliveryTrigger}),
 * and on a schedule as the safety net (a server restarted between commit and delivery, a retry
 * that has come due). Tenant by tenant, each mail in its own transaction acting as its tenant, so
 * row-level security holds for the worker as for everybody else.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  /** At most this many mails of one tenant per run, so no tenant holds up the others for long. */
  static final int BATCH = 100;

  @Inject TenantDirectory directory;
  @Inject MailSender sender;
  @Inject DatabaseSetup database;

  @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false, info = "mail delivery")
  public void deliverDue() {
    if (!database.isReady()) {
      return;
    }
    for (Tenant tenant : directory.all()) {
      deliver(tenant.id());
    }
  }

  @Asynchronous
  public void deliverSoon(TenantId tenant) {
    deliver(tenant);
  }

  private void deliver(TenantId tenant) {
    try {
      int sent = 0;
      while (sent < BATCH && sender.deliverNext(tenant)) {
        sent++;
      }
    } catch (RuntimeException e) {
      // the next run tries again; one tenant's trouble must not stop the others' mail
      LOG.log(Level.WARNING, "delivering the mail of " + tenant + " failed", e);
    }
  }
}
