package se.samverkan.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.tenancy.TenantId;

/**
 * Where features put the mails they send. A mail is stored in the caller's transaction, in the
 * tenant the caller acts as: it is sent only if that transaction commits, and then soon after.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject Clock clock;
  @Inject Event<MailQueued> queued;

  /**
   * Queues the mail in the running transaction.
   *
   * @throws IllegalStateException when the transaction acts for no tenant
   * @throws IllegalArgumentException when a recipient is not an e-mail address
   */
  public void queue(@NotNull OutgoingMail mail) {
    TenantId tenant = tenantOfTheTransaction();
    OutboxMail stored = new OutboxMail(mail, MimeComposer.compose(mail), clock.instant());
    em.persist(stored);
    em.flush();
    queued.fire(new MailQueued(tenant));
  }

  /** The tenant the database was told this transaction acts for: the rows are written as it. */
  private TenantId tenantOfTheTransaction() {
    Object setting = em.createNativeQuery("select current_setting('app.tenant_id', true)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getSingleResult();
    return TenantId.parse(setting == null ? null : setting.toString())
        .orElseThrow(() -> new IllegalStateException("mail is queued inside a tenant's transaction only"));
  }
}
