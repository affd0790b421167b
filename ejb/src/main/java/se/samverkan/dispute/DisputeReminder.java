package se.samverkan.dispute;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.samverkan.coordination.CoordinationGroup;
import se.samverkan.platform.WebAddresses;
import se.samverkan.platform.mail.MailOutbox;
import se.samverkan.tenancy.Tenant;
import se.samverkan.tenancy.TenantDirectory;
import se.samverkan.tenancy.TenantId;
import se.samverkan.tenancy.TenantSession;

/**
 * Reminds the people of every step of one tenant that passed its deadline without an outcome,
 * in one transaction acting as that tenant. The mail is queued and the step marked reminded in the
 * same transaction, and steps are taken with a row lock and re-checked by the database after a
 * wait: however often and however concurrently this runs, each overdue step is reminded once.
 */
@Stateless
public class DisputeReminder {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject TenantSession session;
  @Inject TenantDirectory directory;
  @Inject MailOutbox outbox;
  @Inject WebAddresses addresses;
  @Inject Clock clock;

  /** @return how many steps were reminded */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int remindOverdue(TenantId tenant) {
    session.actAs(tenant);
    LocalDate today = LocalDate.now(clock);
    List<DisputeStep> due = em.createQuery(
            "select s from DisputeStep s where s.endedAt is null and s.remindedAt is null and s.deadline < :today"
                + " order by s.id",
            DisputeStep.class)
        .setParameter("today", today)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    String spaceName = directory.find(tenant).map(Tenant::name).orElse(tenant.value());
    for (DisputeStep step : due) {
      Dispute dispute = em.find(Dispute.class, step.disputeId());
      CoordinationGroup group = em.find(CoordinationGroup.class, dispute.groupId());
      List<String> recipients = step.people().stream().map(StepPerson::email).distinct().toList();
      if (!recipients.isEmpty()) {
        outbox.queue(new DisputeReminderMail(recipients, group.name(), spaceName, step.position(), step.name(),
            step.deadline(), addresses.page(tenant, "dispute?group=" + group.id() + "&id=" + dispute.id())).toMail());
      }
      step.reminded(clock.instant());
    }
    em.flush();
    return due.size();
  }
}
