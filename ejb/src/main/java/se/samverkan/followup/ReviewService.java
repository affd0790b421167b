package se.samverkan.followup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.coordination.GroupKind;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PersonalIdentityNumbers;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.Caller;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenancy.TenantDirectory;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

/**
 * RUG's side of the round, in the region's own space: the year's deadline, the dashboard of the
 * area's groups, and the review of what they submitted. Reads the region's snapshots only: no
 * query here can reach a municipality's draft.
 */
@Stateless
@SpaceScoped
public class ReviewService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject AreaIndicators area;
  @Inject TenantDirectory directory;
  @Inject Clock clock;

  /** Whether the caller is RUG at home in the region: the one who runs the round. */
  public boolean isRug() {
    Space space = currentSpace.get();
    return space.kind() == TenantKind.REGION && space.isHome() && space.caller().hasRole(Role.RUG);
  }

  /** The year's deadline, in any space of the area. */
  public Optional<RoundSummary> round(@NotNull FollowUpYear year) {
    return area.round(currentSpace.get().tenant(), year.value());
  }

  /** RUG sets or moves the year's deadline; {@code expectedVersion} is empty for a new round. */
  public RoundSummary setDeadline(@NotNull FollowUpYear year, @NotNull LocalDate deadline, Optional<Long> expectedVersion) {
    requireRug();
    if (deadline.getYear() < year.value() || deadline.getYear() > year.value() + 1) {
      throw new InvalidInputException("deadline", "The deadline falls in the year or the year after");
    }
    List<FollowUpRound> found = em.createQuery("select r from FollowUpRound r where r.year = :y", FollowUpRound.class)
        .setParameter("y", year.value())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    if (found.isEmpty()) {
      if (expectedVersion.isPresent() && expectedVersion.get() != 0) {
        throw new StaleVersionException("Round", year.value());
      }
      FollowUpRound round = new FollowUpRound(year.value(), deadline);
      em.persist(round);
      em.flush();
      return area.round(currentSpace.get().tenant(), year.value()).orElseThrow();
    }
    FollowUpRound round = found.get(0);
    if (expectedVersion.isEmpty() || round.version() != expectedVersion.get()) {
      throw new StaleVersionException("Round", year.value());
    }
    round.moveDeadline(deadline);
    em.flush();
    return new RoundSummary(round.id(), round.year(), round.deadline(), round.version());
  }

  /** Per municipality and SSGB/SSGV group of the area: the latest submission's state, or none. */
  public Dashboard dashboard(@NotNull FollowUpYear year) {
    requireRug();
    Map<Long, Submission> latest = new HashMap<>();
    for (Submission s : em.createQuery("select s from Submission s where s.year = :y order by s.sequence",
            Submission.class)
        .setParameter("y", year.value())
        .getResultList()) {
      latest.put(s.groupId(), s);
    }
    Map<String, String> names = directory.organisationsOf(currentSpace.get().areaId());
    List<DashboardRow> rows = new ArrayList<>();
    for (Object row : em.createNativeQuery("select group_id, tenant_id, kind, name from area_groups()"
            + " where status = 'ACTIVE' and kind in ('SSGB', 'SSGV')")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getResultList()) {
      Object[] g = (Object[]) row;
      long groupId = ((Number) g[0]).longValue();
      String party = (String) g[1];
      Optional<Submission> submission = Optional.ofNullable(latest.get(groupId));
      rows.add(new DashboardRow(party, names.getOrDefault(party, party), groupId, (String) g[3],
          GroupKind.valueOf((String) g[2]),
          submission.map(s -> ReportState.of(s.status())).orElse(ReportState.NOT_SUBMITTED),
          submission.map(Submission::id), submission.map(Submission::submittedAt)));
    }
    rows.sort(Comparator.comparing(DashboardRow::partyName).thenComparing(DashboardRow::kind)
        .thenComparing(DashboardRow::groupName));
    return new Dashboard(year.value(), area.round(currentSpace.get().tenant(), year.value()), rows);
  }

  /** The latest submission of every group for the year (what the regional compilation reads). */
  public List<SubmissionSummary> submissions(@NotNull FollowUpYear year) {
    requireRug();
    Map<Long, Submission> latest = new HashMap<>();
    for (Submission s : em.createQuery("select s from Submission s where s.year = :y order by s.sequence",
            Submission.class)
        .setParameter("y", year.value())
        .getResultList()) {
      latest.put(s.reportId(), s);
    }
    return latest.values().stream().map(SubmissionSummary::of)
        .sorted(Comparator.comparing(SubmissionSummary::partyId).thenComparing(SubmissionSummary::groupName))
        .toList();
  }

  public SubmissionDetails submission(long id) {
    requireRug();
    Submission submission = own(id, false);
    var region = currentSpace.get().tenant();
    IndicatorSetSummary set = area.set(region, submission.setId())
        .orElseThrow(() -> new NotFoundException("Indicator set", submission.setId()));
    Map<Long, SubmittedAnswer> answers = new HashMap<>();
    em.createQuery("select a from SubmittedAnswer a where a.submissionId = :s", SubmittedAnswer.class)
        .setParameter("s", id)
        .getResultList()
        .forEach(a -> answers.put(a.indicatorId(), a));
    Map<Long, List<SubmittedFigure>> figures = new HashMap<>();
    em.createQuery("select f from SubmittedFigure f where f.answerId in"
            + " (select a.id from SubmittedAnswer a where a.submissionId = :s) order by f.position", SubmittedFigure.class)
        .setParameter("s", id)
        .getResultList()
        .forEach(f -> figures.computeIfAbsent(f.answerId(), a -> new ArrayList<>()).add(f));
    Map<String, String> names = directory.organisationsOf(currentSpace.get().areaId());
    return new SubmissionDetails(SubmissionSummary.of(submission),
        names.getOrDefault(submission.partyId(), submission.partyId()), submission.groupKind(), set,
        area.indicators(region, submission.setId()), answers, figures, history(submission),
        latestOf(submission.reportId()).id() == id);
  }

  /** RUG approves, returns (with a comment to the group) or reopens; 409 with the reason otherwise. */
  public SubmissionDetails review(long id, @NotNull ReviewStepKind step, Optional<String> comment, long expectedVersion) {
    requireRug();
    Submission submission = own(id, true);
    if (submission.version() != expectedVersion) {
      throw new StaleVersionException("Submission", id);
    }
    if (latestOf(submission.reportId()).id() != id) {
      throw new ConflictException("The group has submitted the report again: review the latest submission");
    }
    Optional<String> given = comment.map(String::strip).filter(c -> !c.isEmpty());
    if (step == ReviewStepKind.RETURNED && given.isEmpty()) {
      throw new InvalidInputException("comment", "Tell the group what to change");
    }
    if (given.map(String::length).orElse(0) > 4000) {
      throw new InvalidInputException("comment", "At most 4000 characters");
    }
    if (given.filter(PersonalIdentityNumbers::containsAny).isPresent()) {
      throw new InvalidInputException("comment", "Remove the personal identity number");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    String by = actor();
    submission.review(step, now, by, given);
    em.persist(new ReviewStep(submission, step, now, by, given));
    em.flush();
    return submission(id);
  }

  // --- helpers -------------------------------------------------------------------------------------

  private List<HistoryEntry> history(Submission submission) {
    List<HistoryEntry> history = new ArrayList<>();
    Map<Long, Integer> sequences = new HashMap<>();
    for (Submission s : em.createQuery("select s from Submission s where s.reportId = :r and s.partyId = :p",
            Submission.class)
        .setParameter("r", submission.reportId())
        .setParameter("p", submission.partyId())
        .getResultList()) {
      sequences.put(s.id(), s.sequence());
      history.add(new HistoryEntry("SUBMITTED", s.sequence(), s.submittedAt(), s.submittedBy(), Optional.empty()));
    }
    for (ReviewStep step : em.createQuery("select t from ReviewStep t where t.submissionId in :ids", ReviewStep.class)
        .setParameter("ids", List.copyOf(sequences.keySet()))
        .getResultList()) {
      history.add(new HistoryEntry(step.step().name(), sequences.get(step.submissionId()), step.takenAt(),
          step.takenBy(), step.comment()));
    }
    history.sort(Comparator.comparing(HistoryEntry::at));
    return history;
  }

  private Submission latestOf(long reportId) {
    return em.createQuery("select s from Submission s where s.reportId = :r order by s.sequence desc", Submission.class)
        .setParameter("r", reportId)
        .setMaxResults(1)
        .getSingleResult();
  }

  private Submission own(long id, boolean lock) {
    Submission submission = lock
        ? em.find(Submission.class, id, LockModeType.PESSIMISTIC_WRITE)
        : em.find(Submission.class, id);
    if (submission == null) {
      throw new NotFoundException("Submission", id);
    }
    return submission;
  }

  private String actor() {
    Caller caller = currentSpace.get().caller();
    return caller.displayName() == null || caller.displayName().isBlank() ? caller.subject() : caller.displayName();
  }

  private void requireRug() {
    if (!isRug()) {
      throw new AccessDeniedException("Only the regional development group (RUG) reviews the follow-ups");
    }
  }
}
