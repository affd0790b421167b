package se.samverkan.followup;

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
import se.samverkan.coordination.CoordinationGroup;
import se.samverkan.coordination.GroupMember;
import se.samverkan.coordination.GroupStatus;
import se.samverkan.coordination.MemberRole;
import se.samverkan.platform.WebAddresses;
import se.samverkan.platform.mail.MailOutbox;
import se.samverkan.tenancy.Tenant;
import se.samverkan.tenancy.TenantSession;

/**
 * One municipality's follow-up reminders, in a transaction of its own acting as the party: for a
 * round of its region whose deadline is at most {@link #DAYS_BEFORE} days away (or passed at most
 * {@link #DAYS_AFTER} days ago), each SSGB/SSGV group that has not submitted, or whose report came
 * back, is marked as reminded (its own row; a second run finds it and sends nothing) and the
 * group's coordinators get one mail. Everything read is what the party may read anyway.
 */
@Stateless
public class GroupReminders {

  private static final Logger LOG = Logger.getLogger(GroupReminders.class.getName());

  static final int DAYS_BEFORE = 14;
  /** A reminder after the deadline goes the day after it; a round long past is not reminded of. */
  static final int DAYS_AFTER = 14;

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
    for (Object row : em.createNativeQuery("select r.year, r.deadline from followup_round r"
            + " where r.tenant_id = area_region_of(?1) and r.deadline between ?2 and ?3")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, party.id().value())
        .setParameter(2, Date.valueOf(today.minusDays(DAYS_AFTER)))
        .setParameter(3, Date.valueOf(today.plusDays(DAYS_BEFORE)))
        .getResultList()) {
      Object[] round = (Object[]) row;
      int year = ((Number) round[0]).intValue();
      LocalDate deadline = AreaIndicators.date(round[1]);
      boolean after = today.isAfter(deadline);
      for (CoordinationGroup group : notSubmitted(party, year)) {
        if (!markReminded(party, group.id(), year, after)) {
          continue;
        }
        List<String> coordinators = coordinators(group.id(), today);
        if (coordinators.isEmpty()) {
          LOG.warning("no coordinator of group " + group.id() + " in " + party.id().value()
              + " has an address: the follow-up deadline of " + year + " is shown on its page only");
          continue;
        }
        String link = addresses.page(party.id(), "followup?group=" + group.id() + "&year=" + year);
        outbox.queue(new ReminderMail(group.name(), year, deadline, after, link).to(coordinators));
      }
    }
  }

  /** The party's active SSGB/SSGV groups whose report for the year is not with the region. */
  private List<CoordinationGroup> notSubmitted(Tenant party, int year) {
    List<?> sent = em.createNativeQuery("select s.group_id from followup_submission s"
            + " where s.party_id = ?1 and s.year = ?2 and s.status in ('SUBMITTED', 'APPROVED')"
            + " and s.sequence = (select max(o.sequence) from followup_submission o"
            + "   where o.report_id = s.report_id and o.party_id = ?1)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, party.id().value())
        .setParameter(2, year)
        .getResultList();
    List<Long> sentGroups = sent.stream().map(id -> ((Number) id).longValue()).toList();
    return em.createQuery("select g from CoordinationGroup g where g.status = :active", CoordinationGroup.class)
        .setParameter("active", GroupStatus.ACTIVE)
        .getResultList()
        .stream()
        .filter(g -> g.kind().name().startsWith("SSG") && !sentGroups.contains(g.id()))
        .toList();
  }

  /** @return whether this run is the one that reminds (a run beside it finds the row taken) */
  private boolean markReminded(Tenant party, long groupId, int year, boolean after) {
    return em.createNativeQuery("insert into followup_reminder (tenant_id, group_id, year, kind, reminded_at)"
            + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, party.id().value())
        .setParameter(2, groupId)
        .setParameter(3, year)
        .setParameter(4, after ? "AFTER_DEADLINE" : "BEFORE_DEADLINE")
        .setParameter(5, Timestamp.from(clock.instant()))
        .executeUpdate() == 1;
  }

  private List<String> coordinators(long groupId, LocalDate today) {
    return em.createQuery("select distinct m.email from GroupMember m where m.group.id = :g and m.role = :coordinator"
            + " and m.email is not null and " + GroupMember.SEAT_CURRENT_TODAY + " order by m.email", String.class)
        .setParameter("g", groupId)
        .setParameter("coordinator", MemberRole.COORDINATOR)
        .setParameter("today", today)
        .getResultList();
  }
}
