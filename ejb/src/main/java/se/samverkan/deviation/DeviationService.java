package se.samverkan.deviation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.audit.AuditTrail;
import se.samverkan.coordination.CoordinationGroup;
import se.samverkan.coordination.GroupAccess;
import se.samverkan.coordination.GroupMember;
import se.samverkan.coordination.meeting.Meeting;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.DeIdentification;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.Caller;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenants.Role;

/**
 * A group's deviations in a municipality's space. Whoever may see the group reads them; a member
 * (not an observer) brings one for their own organisation; the group's leaders analyse, close and
 * raise them to RUG.
 */
@Stateless
@SpaceScoped
public class DeviationService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject GroupAccess groupAccess;
  @Inject Clock clock;
  @Inject AuditTrail auditTrail;

  public Page<Deviation> deviations(long groupId, @NotNull DeviationFilter filter, @NotNull PageRequest request) {
    groupAccess.visible(groupId);
    StringBuilder where = new StringBuilder(" where d.groupId = :group");
    filter.status().ifPresent(s -> where.append(" and d.status = :status"));
    filter.category().ifPresent(c -> where.append(" and d.category = :category"));
    filter.year().ifPresent(y -> where.append(" and d.occurredOn >= :from and d.occurredOn < :until"));
    TypedQuery<Deviation> list = em.createQuery(
        "select d from Deviation d" + where + " order by d.occurredOn desc, d.id desc", Deviation.class);
    TypedQuery<Long> count = em.createQuery("select count(d) from Deviation d" + where, Long.class);
    for (TypedQuery<?> query : List.of(list, count)) {
      query.setParameter("group", groupId);
      filter.status().ifPresent(s -> query.setParameter("status", s));
      filter.category().ifPresent(c -> query.setParameter("category", c));
      filter.year().ifPresent(y -> query
          .setParameter("from", LocalDate.of(y.value(), 1, 1))
          .setParameter("until", LocalDate.of(y.value() + 1, 1, 1)));
    }
    List<Deviation> items = list.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
    return Page.of(items, request, count.getSingleResult());
  }

  /** One deviation's details; the read is recorded in the audit trail. */
  public Deviation deviation(long groupId, long id) {
    Deviation deviation = inGroup(groupAccess.visible(groupId), id, LockModeType.NONE);
    auditTrail.recordRead("deviation", id);
    return deviation;
  }

  /** Whether the caller may bring deviations to the group: anyone who sees it but observers. */
  public boolean canBring(long groupId) {
    Space space = currentSpace.get();
    return space.canSeeGroup(groupId) && !space.caller().hasRole(Role.OBSERVER);
  }

  /** Whether the caller analyses, closes and raises the group's deviations. */
  public boolean canLead(long groupId) {
    return currentSpace.get().canLeadGroup(groupId);
  }

  /**
   * A member brings a fully handled, de-identified deviation for their own organisation: the
   * organisation of their seat in the group, or their own party when they work for it.
   */
  public Deviation bring(long groupId, @NotNull @Valid DeviationReport report) {
    CoordinationGroup group = groupAccess.visible(groupId);
    if (!canBring(groupId)) {
      throw new AccessDeniedException("Observers do not bring deviations");
    }
    guard(report);
    if (report.occurredOn().isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("occurredOn", "the event cannot have happened in the future");
    }
    Caller caller = currentSpace.get().caller();
    Deviation deviation = new Deviation(group.id(), organisationOf(caller, group), report,
        caller.displayName(), clock.instant());
    em.persist(deviation);
    em.flush();
    return deviation;
  }

  /** The group's analysis at one of its meetings, with its conclusion. */
  public Deviation analyse(long groupId, long id, long meetingId, @NotNull String analysis,
      @NotNull Conclusion conclusion, long expectedVersion) {
    CoordinationGroup group = groupAccess.ledByCaller(groupId);
    DeIdentification.require("analysis", analysis);
    if (analysis.isBlank()) {
      throw new InvalidInputException("analysis", "write the group's analysis");
    }
    Deviation deviation = toChange(group, id, expectedVersion);
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting == null || meeting.groupId() != group.id()) {
      throw new InvalidInputException("meetingId", "choose one of the group's meetings");
    }
    deviation.analyse(meeting.id(), analysis, conclusion, currentSpace.get().caller().displayName(), clock.instant());
    em.flush();
    return deviation;
  }

  public Deviation close(long groupId, long id, long expectedVersion) {
    CoordinationGroup group = groupAccess.ledByCaller(groupId);
    Deviation deviation = toChange(group, id, expectedVersion);
    deviation.close(currentSpace.get().caller().displayName(), clock.instant());
    em.flush();
    return deviation;
  }

  /**
   * The deliberate act of sharing a de-identified summary with the region: marked on the
   * deviation, then copied into the region's snapshot by the database (the application cannot
   * write the region's rows itself).
   */
  public Deviation raiseToRug(long groupId, long id, @NotNull String summary, long expectedVersion) {
    CoordinationGroup group = groupAccess.ledByCaller(groupId);
    DeIdentification.require("summary", summary);
    if (summary.isBlank()) {
      throw new InvalidInputException("summary", "write the summary RUG will read");
    }
    if (summary.strip().length() > 4000) {
      throw new InvalidInputException("summary", "the summary may be at most 4000 characters long");
    }
    Deviation deviation = toChange(group, id, expectedVersion);
    deviation.raiseToRug(summary, currentSpace.get().caller().displayName(), clock.instant());
    em.flush();
    em.createNativeQuery("select 1 from raise_deviation_to_rug(?1)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, id)
        .getSingleResult();
    return deviation;
  }

  /** The meetings of the group a deviation can be analysed at, latest first. */
  public List<Meeting> meetings(long groupId) {
    CoordinationGroup group = groupAccess.visible(groupId);
    return em.createQuery("select m from Meeting m where m.group = :group order by m.startsAt desc", Meeting.class)
        .setParameter("group", group)
        .setMaxResults(50)
        .getResultList();
  }

  private static void guard(DeviationReport report) {
    DeIdentification.require("reportingUnit", report.reportingUnit());
    DeIdentification.require("agreementSection", report.agreementSection());
    DeIdentification.require("description", report.description());
    DeIdentification.require("actionsTaken", report.actionsTaken());
  }

  private String organisationOf(Caller caller, CoordinationGroup group) {
    Space space = currentSpace.get();
    if (caller.email().isPresent()) {
      List<String> seats = em.createQuery(
              "select m.organisation from GroupMember m where m.group = :group and lower(m.email) = lower(:email)"
                  + " and " + GroupMember.SEAT_CURRENT_TODAY,
              String.class)
          .setParameter("group", group)
          .setParameter("email", caller.email().get())
          .setParameter("today", LocalDate.now(clock))
          .getResultList();
      if (!seats.isEmpty()) {
        return seats.get(0);
      }
    }
    return caller.homeTenant().orElse(space.tenant()).value();
  }

  private Deviation toChange(CoordinationGroup group, long id, long expectedVersion) {
    Deviation deviation = inGroup(group, id, LockModeType.PESSIMISTIC_WRITE);
    if (deviation.version() != expectedVersion) {
      throw new StaleVersionException("Deviation", id);
    }
    return deviation;
  }

  private Deviation inGroup(CoordinationGroup group, long id, LockModeType lock) {
    Deviation deviation = em.find(Deviation.class, id, lock);
    if (deviation == null || deviation.groupId() != group.id()) {
      throw new NotFoundException("Deviation", id);
    }
    return deviation;
  }
}
