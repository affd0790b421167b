package se.samverkan.agreement;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.coordination.GroupMember;
import se.samverkan.coordination.MemberRole;
import se.samverkan.platform.WebAddresses;
import se.samverkan.platform.mail.MailOutbox;
import se.samverkan.tenancy.Tenant;
import se.samverkan.tenancy.TenantSession;

/**
 * One party's consultation reminders, in a transaction of its own acting as the party: a round
 * sent to it whose deadline is at most {@link #DAYS_BEFORE} days away, and that it has not
 * answered, is marked as reminded (its own row; a second run finds it and sends nothing) and the
 * party's coordinators get one mail. Everything read is what the party may read anyway.
 */
@Stateless
public class DeadlineReminders {

  private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

  /** A week: time enough to write an answer and take it through the party's own decision. */
  static final int DAYS_BEFORE = 7;

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject TenantSession tenantSession;
  @Inject MailOutbox outbox;
  @Inject WebAddresses addresses;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void remindParty(Tenant party) {
    tenantSession.actAs(party.id());
    LocalDate today = LocalDate.now(clock);
    List<Object[]> due = dueRounds(party, today);
    // the same people for every round: read once, and only when something is due
    List<String> coordinators = due.isEmpty() ? List.of() : coordinators(today);
    for (Object[] round : due) {
      long versionId = ((Number) round[0]).longValue();
      if (!markReminded(party, versionId)) {
        continue;
      }
      if (coordinators.isEmpty()) {
        LOG.warning("no coordinator of " + party.id().value() + " has an address: the consultation deadline of"
            + " agreement version " + versionId + " is shown on the start page only");
        continue;
      }
      String link = addresses.page(party.id(), "agreement?id=" + round[1] + "&v=" + round[3]);
      outbox.queue(new DeadlineMail((String) round[2], ((Number) round[3]).intValue(),
          ((Date) round[4]).toLocalDate(), link).to(coordinators));
    }
  }

  /** Rounds of the area's region sent to the party, closing within the week, not answered by it. */
  @SuppressWarnings("unchecked")
  private List<Object[]> dueRounds(Tenant party, LocalDate today) {
    return em.createNativeQuery("select v.id, a.id, a.title, v.number, v.consultation_deadline"
            + " from agreement_version v join agreement a on a.id = v.agreement_id"
            + " join agreement_recipient r on r.version_id = v.id and r.kind = 'PARTY' and r.recipient = ?1"
            + " where a.tenant_id = area_region_of(?1) and v.status = 'CONSULTATION'"
            + " and v.consultation_deadline between ?2 and ?3"
            + " and not exists (select 1 from agreement_answer s where s.version_id = v.id"
            + "   and s.tenant_id = ?1 and s.respondent = ?1 and s.status = 'SUBMITTED')"
            + " and not exists (select 1 from agreement_deadline_reminder d where d.version_id = v.id"
            + "   and d.tenant_id = ?1)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, party.id().value())
        .setParameter(2, Date.valueOf(today))
        .setParameter(3, Date.valueOf(today.plusDays(DAYS_BEFORE)))
        .getResultList();
  }

  /** @return whether this run is the one that reminds (a run beside it finds the row taken) */
  private boolean markReminded(Tenant party, long versionId) {
    return em.createNativeQuery("insert into agreement_deadline_reminder (tenant_id, version_id, reminded_at)"
            + " values (?1, ?2, ?3) on conflict do nothing")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, party.id().value())
        .setParameter(2, versionId)
        .setParameter(3, Timestamp.from(clock.instant()))
        .executeUpdate() == 1;
  }

  /** The addresses of the party's coordinators with a current seat. */
  private List<String> coordinators(LocalDate today) {
    return em.createQuery("select distinct m.email from GroupMember m where m.role = :coordinator"
            + " and m.email is not null and " + GroupMember.SEAT_CURRENT_TODAY + " order by m.email", String.class)
        .setParameter("coordinator", MemberRole.COORDINATOR)
        .setParameter("today", today)
        .getResultList();
  }
}
