package se.samverkan.coordination.assignment;

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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.coordination.CoordinationGroup;
import se.samverkan.coordination.GroupAccess;
import se.samverkan.coordination.GroupStatus;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenancy.TenantDirectory;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

/**
 * Development assignments in the space they are read or written in. In the region's space RUG
 * gives and changes them and reads the submitted reports; in a municipality's space the groups
 * they are addressed to write and submit their reports. Which side a call is on follows from the
 * space's kind, never from the input.
 */
@Stateless
@SpaceScoped
public class AssignmentService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject GroupAccess groupAccess;
  @Inject AddressedAssignments addressed;
  @Inject AreaGroups areaGroups;
  @Inject TenantDirectory directory;
  @Inject Clock clock;

  // --- both sides ---------------------------------------------------------------------------

  /** The region's assignments for RUG; a party's: those addressed to groups the caller sees. */
  public Page<AssignmentSummary> assignments(@NotNull PageRequest request) {
    Space space = currentSpace.get();
    if (isRegion(space)) {
      requireRug(space);
      List<AssignmentSummary> items = em.createQuery(
              "select a from Assignment a order by a.dueDate desc, a.id desc", Assignment.class)
          .setFirstResult(request.offset())
          .setMaxResults(request.size())
          .getResultList()
          .stream()
          .map(AssignmentSummary::of)
          .toList();
      long total = em.createQuery("select count(a) from Assignment a", Long.class).getSingleResult();
      return Page.of(items, request, total);
    }
    List<AssignmentSummary> mine = addressed.all(space.tenant()).stream()
        .filter(a -> !groupsOfParty(a).isEmpty())
        .toList();
    int from = Math.min(request.offset(), mine.size());
    int to = Math.min(from + request.size(), mine.size());
    return Page.of(mine.subList(from, to), request, mine.size());
  }

  public AssignmentSummary assignment(long id) {
    Space space = currentSpace.get();
    if (isRegion(space)) {
      requireRug(space);
      return AssignmentSummary.of(own(id, false));
    }
    return addressedToCaller(id);
  }

  /**
   * The groups the assignment is given to: in the region's space all of them in the area; in a
   * party's space those of its own that the caller may see.
   */
  public List<AreaGroup> groups(long id) {
    Space space = currentSpace.get();
    if (isRegion(space)) {
      requireRug(space);
      return groupsInArea(AssignmentSummary.of(own(id, false)));
    }
    return groupsOfParty(addressedToCaller(id)).stream()
        .map(g -> new AreaGroup(g.id(), space.tenant().value(), g.kind(), g.name()))
        .toList();
  }

  /** An assignment and one of the groups it is given to. */
  public record GivenTo(AssignmentSummary assignment, long groupId) {}

  /** The assignments given to one group, for the group's page; drafts are the group's own. */
  public List<AssignmentSummary> forGroup(long groupId) {
    CoordinationGroup group = groupAccess.visible(groupId);
    return forGroups(Set.of(group.id())).stream().map(GivenTo::assignment).toList();
  }

  /**
   * The assignments given to any of the named groups that the caller may see, each with its
   * group: the party's assignments are read once, however many groups are asked about.
   */
  public List<GivenTo> forGroups(@NotNull Collection<Long> groupIds) {
    List<GivenTo> given = new ArrayList<>();
    for (AssignmentSummary assignment : addressed.all(currentSpace.get().tenant())) {
      for (CoordinationGroup group : groupsOfParty(assignment)) {
        if (groupIds.contains(group.id())) {
          given.add(new GivenTo(assignment, group.id()));
        }
      }
    }
    return given;
  }

  /** Whether the caller may write the group's reports (see {@link GroupAccess#ledByCaller}). */
  public boolean canReport(long groupId) {
    return currentSpace.get().canLeadGroup(groupId);
  }

  // --- the region: RUG ------------------------------------------------------------------------

  /** The active groups RUG may choose among. */
  public List<AreaGroup> areaGroups() {
    requireRug(currentSpace.get());
    return areaGroups.all();
  }

  /** Whether the caller is RUG in the region's own space: the one who gives assignments. */
  public boolean isRug() {
    Space space = currentSpace.get();
    return isRegion(space) && space.isHome() && space.caller().hasRole(Role.RUG);
  }

  public AssignmentSummary create(@NotNull AssignmentDetails details) {
    requireRug(currentSpace.get());
    List<AreaGroup> chosen = chosenGroups(details);
    Assignment assignment = new Assignment(details);
    em.persist(assignment);
    chosen.forEach(g -> em.persist(new AssignmentTarget(assignment, g)));
    em.flush();
    return AssignmentSummary.of(assignment);
  }

  public AssignmentSummary change(long id, @NotNull AssignmentDetails details, long expectedVersion) {
    requireRug(currentSpace.get());
    Assignment assignment = own(id, true);
    if (assignment.version() != expectedVersion) {
      throw new StaleVersionException("Assignment", id);
    }
    List<AreaGroup> chosen = chosenGroups(details);
    assignment.describe(details);
    em.createQuery("delete from AssignmentTarget t where t.assignment = :a")
        .setParameter("a", assignment)
        .executeUpdate();
    chosen.forEach(g -> em.persist(new AssignmentTarget(assignment, g)));
    em.flush();
    return AssignmentSummary.of(assignment);
  }

  /** Status per municipality and group, from the submitted reports only. */
  public AssignmentOverview overview(long id) {
    requireRug(currentSpace.get());
    AssignmentSummary assignment = AssignmentSummary.of(own(id, false));
    Map<Long, List<SubmittedReport>> byGroup = new HashMap<>();
    for (SubmittedReport report : submitted(id)) {
      byGroup.computeIfAbsent(report.groupId(), g -> new ArrayList<>()).add(report);
    }
    Map<String, String> names = directory.organisationsOf(currentSpace.get().areaId());
    LocalDate today = LocalDate.now(clock);
    List<GroupStatusRow> rows = new ArrayList<>();
    for (AreaGroup group : groupsInArea(assignment)) {
      List<SubmittedReport> reports = byGroup.getOrDefault(group.id(), List.of());
      GroupProgress progress = reports.stream().anyMatch(r -> r.kind() == ReportKind.FINAL)
          ? GroupProgress.FINAL_SUBMITTED
          : reports.isEmpty() ? GroupProgress.NOT_STARTED : GroupProgress.IN_PROGRESS;
      rows.add(new GroupStatusRow(group, names.getOrDefault(group.party(), group.party()), progress,
          progress != GroupProgress.FINAL_SUBMITTED && today.isAfter(assignment.dueDate()),
          reports.size(),
          reports.stream().map(SubmittedReport::submittedAt).max(Comparator.naturalOrder())));
    }
    rows.sort(Comparator.comparing(GroupStatusRow::partyName).thenComparing(r -> r.group().kind())
        .thenComparing(r -> r.group().name()));
    return new AssignmentOverview(assignment, rows);
  }

  /** What the groups submitted, as the region's snapshots: never a draft. */
  public List<SubmittedReport> submittedReports(long id) {
    requireRug(currentSpace.get());
    own(id, false);
    return submitted(id);
  }

  // --- a party: the addressed groups ------------------------------------------------------------

  /** A group's reports, drafts included: its members and observers read them. */
  public List<AssignmentReport> reports(long id, long groupId) {
    CoordinationGroup group = groupAccess.visible(groupId);
    requireAddressed(id, group);
    return em.createQuery(
            "select r from AssignmentReport r where r.assignmentId = :a and r.groupId = :g order by r.id",
            AssignmentReport.class)
        .setParameter("a", id)
        .setParameter("g", groupId)
        .getResultList();
  }

  public AssignmentReport report(long id, long groupId, long reportId) {
    CoordinationGroup group = groupAccess.visible(groupId);
    requireAddressed(id, group);
    return inGroup(id, groupId, reportId, em.find(AssignmentReport.class, reportId));
  }

  /** A new draft, written by one who leads the group. One final report per group. */
  public AssignmentReport writeReport(long id, long groupId, @NotNull ReportKind kind, @NotNull String body) {
    CoordinationGroup group = groupAccess.ledByCaller(groupId);
    requireAddressed(id, group);
    // serialise writers of one group's reports, so two final reports cannot both pass the check
    em.find(CoordinationGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
    List<AssignmentReport> existing = reports(id, groupId);
    if (existing.stream().anyMatch(r -> r.kind() == ReportKind.FINAL)) {
      throw new InvalidInputException("kind", "The group already has a final report on this assignment");
    }
    AssignmentReport report = new AssignmentReport(id, groupId, kind, body.strip());
    em.persist(report);
    em.flush();
    return report;
  }

  public AssignmentReport changeReport(long id, long groupId, long reportId, @NotNull String body, long expectedVersion) {
    AssignmentReport report = reportToChange(id, groupId, reportId, expectedVersion);
    report.rewrite(body.strip());
    em.flush();
    return report;
  }

  /** The group hands the report to the region: it is fixed, and the region gets its snapshot. */
  public AssignmentReport submitReport(long id, long groupId, long reportId, long expectedVersion) {
    AssignmentReport report = reportToChange(id, groupId, reportId, expectedVersion);
    report.submit(OffsetDateTime.now(clock));
    em.flush();
    em.createNativeQuery("select 1 from submit_assignment_report(?1)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, reportId)
        .getSingleResult();
    return report;
  }

  // --- helpers -----------------------------------------------------------------------------------

  private AssignmentReport reportToChange(long id, long groupId, long reportId, long expectedVersion) {
    CoordinationGroup group = groupAccess.ledByCaller(groupId);
    requireAddressed(id, group);
    AssignmentReport report =
        inGroup(id, groupId, reportId, em.find(AssignmentReport.class, reportId, LockModeType.PESSIMISTIC_WRITE));
    if (report.version() != expectedVersion) {
      throw new StaleVersionException("Report", reportId);
    }
    return report;
  }

  private static AssignmentReport inGroup(long id, long groupId, long reportId, AssignmentReport report) {
    if (report == null || report.assignmentId() != id || report.groupId() != groupId) {
      throw new NotFoundException("Report", reportId);
    }
    return report;
  }

  private void requireAddressed(long id, CoordinationGroup group) {
    AssignmentSummary assignment = addressed.find(currentSpace.get().tenant(), id)
        .orElseThrow(() -> new NotFoundException("Assignment", id));
    if (groupsOfParty(assignment).stream().noneMatch(g -> g.id() == group.id())) {
      throw new NotFoundException("Assignment", id);
    }
  }

  private AssignmentSummary addressedToCaller(long id) {
    return addressed.find(currentSpace.get().tenant(), id)
        .filter(a -> !groupsOfParty(a).isEmpty())
        .orElseThrow(() -> new NotFoundException("Assignment", id));
  }

  /** The party's groups the assignment is addressed to that the caller may see. */
  private List<CoordinationGroup> groupsOfParty(AssignmentSummary assignment) {
    Space space = currentSpace.get();
    List<CoordinationGroup> groups;
    if (assignment.targetKind().isPresent()) {
      groups = em.createQuery(
              "select g from CoordinationGroup g where g.kind = :kind and g.status = :active order by g.name",
              CoordinationGroup.class)
          .setParameter("kind", assignment.targetKind().get())
          .setParameter("active", GroupStatus.ACTIVE)
          .getResultList();
    } else {
      groups = new ArrayList<>();
      for (long groupId : addressed.chosenGroups(space.tenant(), assignment.id())) {
        Optional.ofNullable(em.find(CoordinationGroup.class, groupId)).ifPresent(groups::add);
      }
      groups.sort(Comparator.comparing(CoordinationGroup::name));
    }
    return groups.stream().filter(g -> space.canSeeGroup(g.id())).toList();
  }

  private List<AreaGroup> groupsInArea(AssignmentSummary assignment) {
    List<AreaGroup> all = areaGroups.all();
    if (assignment.targetKind().isPresent()) {
      return all.stream().filter(g -> g.kind() == assignment.targetKind().get()).toList();
    }
    List<Long> chosen = em.createQuery(
            "select t.groupId from AssignmentTarget t where t.assignment.id = :a", Long.class)
        .setParameter("a", assignment.id())
        .getResultList();
    return all.stream().filter(g -> chosen.contains(g.id())).toList();
  }

  /** The groups RUG chose, each checked to be an active group of the area's municipalities. */
  private List<AreaGroup> chosenGroups(AssignmentDetails details) {
    if (details.targetKind().isPresent()) {
      if (!details.groupIds().isEmpty()) {
        throw new InvalidInputException("groupIds", "Give the assignment either to a kind of group or to chosen groups, not both");
      }
      return List.of();
    }
    if (details.groupIds().isEmpty()) {
      throw new InvalidInputException("groupIds", "Choose the groups, or give the assignment to all groups of a kind");
    }
    Map<Long, AreaGroup> area = new HashMap<>();
    areaGroups.all().forEach(g -> area.put(g.id(), g));
    List<AreaGroup> chosen = new ArrayList<>();
    for (long groupId : details.groupIds()) {
      AreaGroup group = area.get(groupId);
      if (group == null) {
        throw new InvalidInputException("groupIds", "Group " + groupId + " is not an active group of the area's municipalities");
      }
      chosen.add(group);
    }
    return chosen;
  }

  private Assignment own(long id, boolean lock) {
    Assignment assignment = lock
        ? em.find(Assignment.class, id, LockModeType.PESSIMISTIC_WRITE)
        : em.find(Assignment.class, id);
    if (assignment == null) {
      throw new NotFoundException("Assignment", id);
    }
    return assignment;
  }

  private List<SubmittedReport> submitted(long id) {
    return em.createQuery(
            "select s from SubmittedReport s where s.assignmentId = :a order by s.partyId, s.groupName, s.submittedAt",
            SubmittedReport.class)
        .setParameter("a", id)
        .getResultList();
  }

  private static boolean isRegion(Space space) {
    return space.kind() == TenantKind.REGION;
  }

  /** Only RUG, at home in the region, gives assignments and reads what the groups submitted. */
  private static void requireRug(Space space) {
    if (!isRegion(space) || !space.isHome() || !space.caller().hasRole(Role.RUG)) {
      throw new AccessDeniedException("Only the regional development group (RUG) handles assignments here");
    }
  }
}
