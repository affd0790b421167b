package se.samverkan.dispute;

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
import java.util.Optional;
import se.samverkan.audit.AuditTrail;
import se.samverkan.coordination.CoordinationGroup;
import se.samverkan.coordination.GroupAccess;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.DeIdentification;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenants.Role;

/**
 * A municipality's disputes and its escalation ladder. Whoever sees a group reads its disputes;
 * anyone but an observer opens one; the group's leaders escalate and resolve them; the
 * municipality's administrators and coordinators keep the ladder.
 */
@Stateless
@SpaceScoped
public class DisputeService {

  static final int MAX_STEPS = 10;

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject GroupAccess groupAccess;
  @Inject Clock clock;
  @Inject AuditTrail auditTrail;

  // --- the ladder -------------------------------------------------------------------------------

  public Ladder ladder() {
    return stored(LockModeType.NONE)
        .map(l -> new Ladder(l.steps(), Optional.of(l.version())))
        .orElse(new Ladder(LadderStep.AGREEMENT, Optional.empty()));
  }

  public boolean canKeepLadder() {
    return currentSpace.get().canKeepGroups();
  }

  /**
   * Replaces the municipality's ladder. The first time there is no version to give (the
   * agreement's default applies); after that, the version last read. Open disputes keep the
   * ladder they were opened with.
   */
  public Ladder changeLadder(@NotNull List<@Valid LadderStep> steps, Long expectedVersion) {
    if (!canKeepLadder()) {
      throw new AccessDeniedException("Only the municipality's administrators and coordinators keep the escalation ladder");
    }
    if (steps.isEmpty() || steps.size() > MAX_STEPS) {
      throw new InvalidInputException("steps", "give the ladder one to " + MAX_STEPS + " steps");
    }
    for (int i = 0; i < steps.size(); i++) {
      DeIdentification.require("steps[" + i + "].name", steps.get(i).name());
    }
    Optional<EscalationLadder> stored = stored(LockModeType.PESSIMISTIC_WRITE);
    if (stored.isEmpty()) {
      if (expectedVersion != null) {
        throw new StaleVersionException("Escalation ladder", currentSpace.get().tenant().value());
      }
      em.persist(new EscalationLadder(steps));
    } else {
      if (expectedVersion == null || stored.get().version() != expectedVersion) {
        throw new StaleVersionException("Escalation ladder", currentSpace.get().tenant().value());
      }
      stored.get().replace(steps);
    }
    em.flush();
    return ladder();
  }

  // --- disputes ---------------------------------------------------------------------------------

  public Page<Dispute> disputes(long groupId, Optional<DisputeStatus> status, @NotNull PageRequest request) {
    groupAccess.visible(groupId);
    String where = " where d.groupId = :group" + (status.isPresent() ? " and d.status = :status" : "");
    TypedQuery<Dispute> list = em.createQuery(
        "select d from Dispute d" + where + " order by d.openedAt desc, d.id desc", Dispute.class);
    TypedQuery<Long> count = em.createQuery("select count(d) from Dispute d" + where, Long.class);
    for (TypedQuery<?> query : List.of(list, count)) {
      query.setParameter("group", groupId);
      status.ifPresent(s -> query.setParameter("status", s));
    }
    List<Dispute> items = list.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
    return Page.of(items, request, count.getSingleResult());
  }

  /** One dispute's details; the read is recorded in the audit trail. */
  public DisputeRecord dispute(long groupId, long id) {
    DisputeRecord dispute = recordOf(inGroup(groupAccess.visible(groupId), id, LockModeType.NONE));
    auditTrail.recordRead("dispute", id);
    return dispute;
  }

  public boolean canOpen(long groupId) {
    Space space = currentSpace.get();
    return space.canSeeGroup(groupId) && !space.caller().hasRole(Role.OBSERVER);
  }

  public boolean canLead(long groupId) {
    return currentSpace.get().canLeadGroup(groupId);
  }

  /** Opens a dispute at the first step of the municipality's ladder, with that step's people. */
  public DisputeRecord open(long groupId, @NotNull @Valid DisputeCase about, @NotNull List<@Valid StepPerson> people) {
    CoordinationGroup group = groupAccess.visible(groupId);
    if (!canOpen(groupId)) {
      throw new AccessDeniedException("Observers do not open disputes");
    }
    DeIdentification.require("question", about.question());
    DeIdentification.require("parties", about.parties());
    DeIdentification.require("agreementSection", about.agreementSection());
    requirePeople(people);
    Dispute dispute = new Dispute(group.id(), about, ladder().steps(), currentSpace.get().caller().displayName(),
        clock.instant());
    em.persist(dispute);
    em.flush();
    em.persist(new DisputeStep(dispute.id(), 1, dispute.firstStep(), people, clock.instant(), LocalDate.now(clock)));
    em.flush();
    return recordOf(dispute);
  }

  /**
   * The people of the current step did not agree: their step ends with that outcome and the
   * question goes up to the next step's people. 409 at the last step or when resolved.
   */
  public DisputeRecord escalate(long groupId, long id, @NotNull String outcome, @NotNull List<@Valid StepPerson> people,
      long expectedVersion) {
    CoordinationGroup group = groupAccess.ledByCaller(groupId);
    requireOutcome(outcome);
    requirePeople(people);
    Dispute dispute = toChange(group, id, expectedVersion);
    DisputeStep current = current(dispute);
    LadderStep next = dispute.escalate();
    current.end(outcome, clock.instant());
    em.persist(new DisputeStep(dispute.id(), dispute.currentStep(), next, people, clock.instant(), LocalDate.now(clock)));
    em.flush();
    return recordOf(dispute);
  }

  /** The people of the current step agreed: the dispute is resolved with their outcome. */
  public DisputeRecord resolve(long groupId, long id, @NotNull String outcome, long expectedVersion) {
    CoordinationGroup group = groupAccess.ledByCaller(groupId);
    requireOutcome(outcome);
    Dispute dispute = toChange(group, id, expectedVersion);
    dispute.resolve(outcome, clock.instant());
    current(dispute).end(outcome, clock.instant());
    em.flush();
    return recordOf(dispute);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private DisputeRecord recordOf(Dispute dispute) {
    List<DisputeStep> steps = em.createQuery(
            "select s from DisputeStep s where s.disputeId = :dispute order by s.position", DisputeStep.class)
        .setParameter("dispute", dispute.id())
        .getResultList();
    DisputeStep current = steps.get(steps.size() - 1);
    boolean flagged = dispute.status() == DisputeStatus.OPEN && current.remindedAt().isPresent();
    return new DisputeRecord(dispute, steps, flagged);
  }

  private DisputeStep current(Dispute dispute) {
    return em.createQuery(
            "select s from DisputeStep s where s.disputeId = :dispute and s.position = :position", DisputeStep.class)
        .setParameter("dispute", dispute.id())
        .setParameter("position", dispute.currentStep())
        .getSingleResult();
  }

  private static void requireOutcome(String outcome) {
    if (outcome.isBlank()) {
      throw new InvalidInputException("outcome", "say what the people at this step agreed or why they did not");
    }
    if (outcome.strip().length() > 4000) {
      throw new InvalidInputException("outcome", "the outcome may be at most 4000 characters long");
    }
    DeIdentification.require("outcome", outcome);
  }

  private static void requirePeople(List<StepPerson> people) {
    if (people.isEmpty()) {
      throw new InvalidInputException("people", "name at least one person at this step");
    }
    if (people.size() > 20) {
      throw new InvalidInputException("people", "at most 20 people at one step");
    }
  }

  private Optional<EscalationLadder> stored(LockModeType lock) {
    return em.createQuery("select l from EscalationLadder l", EscalationLadder.class)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  private Dispute toChange(CoordinationGroup group, long id, long expectedVersion) {
    Dispute dispute = inGroup(group, id, LockModeType.PESSIMISTIC_WRITE);
    if (dispute.version() != expectedVersion) {
      throw new StaleVersionException("Dispute", id);
    }
    return dispute;
  }

  private Dispute inGroup(CoordinationGroup group, long id, LockModeType lock) {
    Dispute dispute = em.find(Dispute.class, id, lock);
    if (dispute == null || dispute.groupId() != group.id()) {
      throw new NotFoundException("Dispute", id);
    }
    return dispute;
  }
}
