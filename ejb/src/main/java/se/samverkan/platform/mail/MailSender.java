package se.samverkan.platform.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.tenancy.TenantId;
import se.samverkan.tenancy.TenantSession;

/** One delivery attempt of one mail, in a transaction of its own, acting as the mail's tenant. */
@Stateless
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject TenantSession tenantSession;
  @Inject Clock clock;

  /** The server's mail session (deploy/ creates it): host, port and sender address. */
  @Resource(lookup = "mail/samverkan")
  Session session;

  /**
   * Sends the tenant's next due mail, if any, and records the outcome.
   *
   * @return whether there was one (sent or not)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean deliverNext(TenantId tenant) {
    tenantSession.actAs(tenant);
    // SKIP LOCKED: a mail another worker is sending right now is left to it, never sent twice
    List<?> due = em.createNativeQuery(
            "select id from mail_outbox where tenant_id = ?1 and status = 'PENDING'"
                + " and next_attempt_at <= ?2 order by next_attempt_at, id limit 1 for update skip locked")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenant.value())
        .setParameter(2, Timestamp.from(clock.instant()))
        .getResultList();
    if (due.isEmpty()) {
      return false;
    }
    OutboxMail mail = em.find(OutboxMail.class, ((Number) due.get(0)).longValue());
    try {
      MimeMessage message = MimeComposer.read(session, mail.message());
      message.setFrom();
      Transport.send(message);
      mail.sent(clock.instant());
    } catch (MessagingException e) {
      mail.attemptFailed(e.toString(), clock.instant());
      LOG.warning(() -> String.format("mail %d of %s (attempt %d): %s", mail.id(), tenant,
          mail.attempts(), e));
    }
    return true;
  }
}
