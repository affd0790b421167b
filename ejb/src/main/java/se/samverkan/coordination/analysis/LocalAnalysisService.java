package se.samverkan.coordination.analysis;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samverkan.coordination.CoordinationGroup;
import se.samverkan.coordination.GroupAccess;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;

/**
 * The groups' analyses per year. Whoever sees a group reads its analyses; whoever leads it
 * writes, completes and reopens them ({@link GroupAccess}), observers never.
 */
@Stateless
@SpaceScoped
public class LocalAnalysisService {

  private static final String UNIQUE_VIOLATION = "23505";

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject GroupAccess groupAccess;
  @Inject CurrentSpace currentSpace;
  @Inject Clock clock;

  /** The years the group has an analysis of, newest first. */
  public Page<AnalysisYear> years(long groupId, @NotNull PageRequest request) {
    CoordinationGroup group = groupAccess.visible(groupId);
    List<LocalAnalysis> analyses =
        em.createQuery("select a from LocalAnalysis a where a.group = :group order by a.year desc",
                LocalAnalysis.class)
            .setParameter("group", group)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total = em.createQuery("select count(a) from LocalAnalysis a where a.group = :group", Long.class)
        .setParameter("group", group)
        .getSingleResult();
    return Page.of(analyses.stream().map(AnalysisYear::of).toList(), request, total);
  }

  /** The group's analysis of the year, if it has one. */
  public Optional<AnalysisDetails> find(long groupId, @NotNull FollowUpYear year) {
    return analysisOf(groupAccess.visible(groupId), year, LockModeType.NONE).map(this::details);
  }

  public AnalysisDetails analysis(long groupId, @NotNull FollowUpYear year) {
    return find(groupId, year).orElseThrow(() -> new NotFoundException("Analysis of", year));
  }

  /**
   * Writes the group's analysis of the year: the first write (no version expected) starts it,
   * later ones must name the version they read. Sections are for the group's target groups, or
   * for those the analysis already has.
   *
   * @param expectedVersion the version read, or null to start the analysis
   */
  public AnalysisDetails write(
      long groupId, @NotNull FollowUpYear year, @NotNull @Valid AnalysisContent content, Long expectedVersion) {
    CoordinationGroup group = groupAccess.ledByCaller(groupId);
    Optional<LocalAnalysis> existing = analysisOf(group, year, LockModeType.PESSIMISTIC_WRITE);
    if (existing.isPresent()) {
      LocalAnalysis analysis = existing.get();
      checkVersion(analysis, expectedVersion, year);
      List<AnalysisSection> current = sectionsOf(analysis);
      requireKnownTargetGroups(content, group, analysis.content(current));
      store(analysis.write(content, current, clock.instant()));
      em.flush();
      return details(analysis);
    }
    if (expectedVersion != null) {
      // the caller read an analysis that is gone: theirs is stale
      throw new StaleVersionException("Analysis of", year);
    }
    requireKnownTargetGroups(content, group, new AnalysisContent(null, List.of()));
    LocalAnalysis analysis = new LocalAnalysis(group, year);
    LocalAnalysis.SectionChanges sections = analysis.write(content, List.of(), clock.instant());
    em.persist(analysis);
    store(sections);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        // another leader started the same year's analysis at the same moment (unique group + year)
        throw new StaleVersionException("Analysis of", year);
      }
      throw e;
    }
    return details(analysis);
  }

  /** Marks the analysis done for the year's follow-up. */
  public AnalysisDetails complete(long groupId, @NotNull FollowUpYear year, long expectedVersion) {
    LocalAnalysis analysis = toChange(groupId, year, expectedVersion);
    analysis.complete(clock.instant());
    em.flush();
    return details(analysis);
  }

  /** Takes a completed analysis back to draft, to be changed. */
  public AnalysisDetails reopen(long groupId, @NotNull FollowUpYear year, long expectedVersion) {
    LocalAnalysis analysis = toChange(groupId, year, expectedVersion);
    analysis.reopen();
    em.flush();
    return details(analysis);
  }

  /**
   * The completed analyses of a year of every group the caller sees, for the annual follow-up:
   * drafts are the groups' own business until completed.
   */
  public List<AnalysisDetails> completedAnalyses(@NotNull FollowUpYear year) {
    Space space = currentSpace.get();
    if (!space.isHome() && space.memberOf().isEmpty()) {
      return List.of();
    }
    String visible = space.isHome() ? "" : " and a.group.id in :visible";
    var query = em.createQuery(
            "select a from LocalAnalysis a where a.year = :year and a.status = :completed" + visible
                + " order by a.group.kind, a.group.name, a.group.id",
            LocalAnalysis.class)
        .setParameter("year", year.value())
        .setParameter("completed", AnalysisStatus.COMPLETED);
    if (!space.isHome()) {
      query.setParameter("visible", space.memberOf());
    }
    return query.getResultList().stream().map(this::details).toList();
  }

  /** Whether the caller may write the group's analyses (for pages that offer the forms). */
  public boolean canWrite(long groupId) {
    groupAccess.visible(groupId);
    return currentSpace.get().canLeadGroup(groupId);
  }

  private LocalAnalysis toChange(long groupId, FollowUpYear year, long expectedVersion) {
    CoordinationGroup group = groupAccess.ledByCaller(groupId);
    LocalAnalysis analysis = analysisOf(group, year, LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(() -> new NotFoundException("Analysis of", year));
    checkVersion(analysis, expectedVersion, year);
    return analysis;
  }

  /**
   * Read with a row lock when it is to be changed, so two writers are serialised and the second
   * reads what the first wrote and fails the version check (409) instead of both passing it.
   */
  private Optional<LocalAnalysis> analysisOf(CoordinationGroup group, FollowUpYear year, LockModeType lock) {
    return em.createQuery("select a from LocalAnalysis a where a.group = :group and a.year = :year",
            LocalAnalysis.class)
        .setParameter("group", group)
        .setParameter("year", year.value())
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  private void store(LocalAnalysis.SectionChanges changes) {
    changes.removed().forEach(em::remove);
    changes.added().forEach(em::persist);
  }

  private AnalysisDetails details(LocalAnalysis analysis) {
    return AnalysisDetails.of(analysis, sectionsOf(analysis));
  }

  /**
   * An analysis's sections, by query: a query carries the tenant, a collection mapping of a
   * multitenant entity would not (EclipseLink 4).
   */
  private List<AnalysisSection> sectionsOf(LocalAnalysis analysis) {
    return em.createQuery("select s from AnalysisSection s where s.analysis = :analysis",
            AnalysisSection.class)
        .setParameter("analysis", analysis)
        .getResultList();
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static void checkVersion(LocalAnalysis analysis, Long expectedVersion, FollowUpYear year) {
    if (expectedVersion == null || analysis.version() != expectedVersion) {
      throw new StaleVersionException("Analysis of", year);
    }
  }

  /** Each target group once, and only those the group serves or the analysis already covers. */
  private static void requireKnownTargetGroups(
      AnalysisContent content, CoordinationGroup group, AnalysisContent current) {
    Set<TargetGroup> allowed = EnumSet.noneOf(TargetGroup.class);
    allowed.addAll(group.details().targetGroups());
    current.sections().forEach(s -> allowed.add(s.targetGroup()));
    Set<TargetGroup> seen = EnumSet.noneOf(TargetGroup.class);
    for (int i = 0; i < content.sections().size(); i++) {
      TargetGroup targetGroup = content.sections().get(i).targetGroup();
      String field = "sections[" + i + "].targetGroup";
      if (!allowed.contains(targetGroup)) {
        throw new InvalidInputException(field,
            "the group does not serve the target group " + targetGroup + "; it serves " + group.details().targetGroups());
      }
      if (!seen.add(targetGroup)) {
        throw new InvalidInputException(field, "the target group " + targetGroup + " is written twice");
      }
    }
  }
}
