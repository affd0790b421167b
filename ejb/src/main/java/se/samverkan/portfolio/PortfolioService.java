package se.samverkan.portfolio;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Money;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenancy.Tenant;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

/**
 * The region's project portfolio. The region's secretariat keeps it; every party of the area
 * reads it. In a municipality's session it is read by pointing EclipseLink's tenant discriminator
 * at the area's region while PostgreSQL keeps the municipality's context (as
 * {@code plan.PlanAccess} does for the area's plans): the database shows the region's rows through
 * its FOR SELECT policy only, so nothing read that way can be written.
 *
 * <p>A region's portfolio holds tens of projects, not thousands: the overview filters and counts
 * in memory over one read of the projects and their statuses.
 */
@Stateless
@SpaceScoped
public class PortfolioService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject Clock clock;

  public List<GoalArea> goalAreas() {
    readRegion();
    return em.createQuery("select g from GoalArea g order by g.position, g.name", GoalArea.class).getResultList();
  }

  public boolean canEdit() {
    Space space = currentSpace.get();
    return space.kind() == TenantKind.REGION && space.isHome() && space.caller().hasRole(Role.SECRETARIAT);
  }

  public GoalArea addGoalArea(@NotNull String name) {
    requireSecretariat();
    String trimmed = name.strip();
    if (!em.createQuery("select g from GoalArea g where g.name = :n", GoalArea.class).setParameter("n", trimmed)
        .getResultList().isEmpty()) {
      throw new InvalidInputException("name", "The portfolio already has a goal area with this name");
    }
    int next = em.createQuery("select coalesce(max(g.position), 0) from GoalArea g", Integer.class)
        .getSingleResult() + 1;
    GoalArea area = new GoalArea(trimmed, next);
    em.persist(area);
    em.flush();
    return area;
  }

  /** The projects the filter admits, a page at a time, with the figures of the charts. */
  public PortfolioOverview overview(@NotNull PortfolioFilter filter, @NotNull PageRequest request) {
    List<ProjectRow> all = rows(filter);
    Map<String, Money> financing = new LinkedHashMap<>();
    Map<String, Map<Rag, Integer>> statuses = new LinkedHashMap<>();
    for (GoalArea area : em.createQuery("select g from GoalArea g order by g.position, g.name", GoalArea.class)
        .getResultList()) {
      financing.put(area.name(), Money.ZERO);
      Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
      for (Rag rag : Rag.values()) {
        counts.put(rag, 0);
      }
      statuses.put(area.name(), counts);
    }
    Money total = Money.ZERO;
    for (ProjectRow row : all) {
      financing.merge(row.goalArea(), row.project().regionalFinancing(), Money::plus);
      total = total.plus(row.project().regionalFinancing());
      row.latest().ifPresent(l -> statuses.get(row.goalArea()).merge(l.status(), 1, Integer::sum));
    }
    List<String> owners = new ArrayList<>(new TreeSet<>(em.createQuery(
        "select distinct p.ownerOrganisation from Project p", String.class).getResultList()));
    int from = Math.min(request.offset(), all.size());
    int to = Math.min(from + request.size(), all.size());
    return new PortfolioOverview(Page.of(all.subList(from, to), request, all.size()), financing, statuses, total,
        owners);
  }

  /** Every project the filter admits, for the export. */
  public List<ProjectRow> projects(@NotNull PortfolioFilter filter) {
    return rows(filter);
  }

  public ProjectSheet project(long id) {
    readRegion();
    Project project = find(id);
    List<StatusReport> statuses = statusesOf(id);
    List<Commitment> commitments = em.createQuery(
            "select c from Commitment c where c.projectId = :p order by c.id", Commitment.class)
        .setParameter("p", id).getResultList();
    return new ProjectSheet(new ProjectRow(project, goalAreaName(project.goalAreaId()), statuses.stream().findFirst()),
        statuses, commitments);
  }

  public Project create(@NotNull ProjectDetails details) {
    requireSecretariat();
    goalAreaName(details.goalAreaId());
    Project project = new Project(details);
    em.persist(project);
    em.flush();
    return project;
  }

  public Project change(long id, @NotNull ProjectDetails details, long expectedVersion) {
    requireSecretariat();
    Project project = locked(id);
    if (project.version() != expectedVersion) {
      throw new StaleVersionException("Project", id);
    }
    goalAreaName(details.goalAreaId());
    project.describe(details);
    em.flush();
    return project;
  }

  /** The project's status for a period (written again, it is rewritten). */
  public StatusReport reportStatus(long id, @NotNull String period, @NotNull Rag status, String comment) {
    requireSecretariat();
    locked(id);
    String trimmed = period.strip();
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<StatusReport> existing = em.createQuery(
            "select s from StatusReport s where s.projectId = :p and s.period = :period", StatusReport.class)
        .setParameter("p", id).setParameter("period", trimmed).getResultList();
    StatusReport report;
    if (existing.isEmpty()) {
      report = new StatusReport(id, trimmed, status, text, now);
      em.persist(report);
    } else {
      report = existing.get(0);
      report.rewrite(status, text, now);
    }
    em.flush();
    return report;
  }

  public Commitment addCommitment(long id, @NotNull String title, @NotNull CommitmentStatus status, String comment,
      String activities) {
    requireSecretariat();
    locked(id);
    Commitment commitment = new Commitment(id, title.strip(), status, blankIsNull(comment), blankIsNull(activities));
    em.persist(commitment);
    em.flush();
    return commitment;
  }

  public Commitment changeCommitment(long id, long commitmentId, @NotNull String title,
      @NotNull CommitmentStatus status, String comment, String activities, long expectedVersion) {
    requireSecretariat();
    locked(id);
    Commitment commitment = em.find(Commitment.class, commitmentId, LockModeType.PESSIMISTIC_WRITE);
    if (commitment == null || commitment.projectId() != id) {
      throw new NotFoundException("Commitment", commitmentId);
    }
    if (commitment.version() != expectedVersion) {
      throw new StaleVersionException("Commitment", commitmentId);
    }
    commitment.describe(title.strip(), status, blankIsNull(comment), blankIsNull(activities));
    em.flush();
    return commitment;
  }

  // --- helpers --------------------------------------------------------------------------------

  private List<ProjectRow> rows(PortfolioFilter filter) {
    readRegion();
    Map<Long, String> areas = new HashMap<>();
    em.createQuery("select g from GoalArea g", GoalArea.class).getResultList()
        .forEach(g -> areas.put(g.id(), g.name()));
    Map<Long, StatusReport> latest = new HashMap<>();
    for (StatusReport report : em.createQuery("select s from StatusReport s", StatusReport.class).getResultList()) {
      latest.merge(report.projectId(), report, (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b);
    }
    return em.createQuery("select p from Project p", Project.class).getResultList().stream()
        .map(p -> new ProjectRow(p, areas.getOrDefault(p.goalAreaId(), ""), Optional.ofNullable(latest.get(p.id()))))
        .filter(filter::admits)
        .sorted(Comparator.comparing(ProjectRow::goalArea).thenComparing(r -> r.project().name()))
        .toList();
  }

  /** Latest period first; periods are written year first ("2026 T1"), so they sort as text. */
  private List<StatusReport> statusesOf(long projectId) {
    return em.createQuery(
            "select s from StatusReport s where s.projectId = :p order by s.period desc", StatusReport.class)
        .setParameter("p", projectId).getResultList();
  }

  private Project find(long id) {
    Project project = em.find(Project.class, id);
    if (project == null) {
      throw new NotFoundException("Project", id);
    }
    return project;
  }

  private Project locked(long id) {
    Project project = em.find(Project.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (project == null) {
      throw new NotFoundException("Project", id);
    }
    return project;
  }

  private String goalAreaName(long goalAreaId) {
    GoalArea area = em.find(GoalArea.class, goalAreaId);
    if (area == null) {
      throw new InvalidInputException("goalAreaId", "The portfolio has no goal area " + goalAreaId);
    }
    return area.name();
  }

  /** Only the region's secretariat keeps the portfolio; a party of the area that tries is refused. */
  private void requireSecretariat() {
    if (!canEdit()) {
      throw new AccessDeniedException("The portfolio is kept by the region's secretariat");
    }
  }

  /** In a municipality's space, the rest of the call reads the area's region's rows. */
  private void readRegion() {
    Space space = currentSpace.get();
    if (space.kind() == TenantKind.REGION) {
      return;
    }
    List<Tenant> regions = em.createQuery(
            "select t from Tenant t where t.areaId = :area and t.kind = :region", Tenant.class)
        .setParameter("area", space.areaId()).setParameter("region", TenantKind.REGION).getResultList();
    if (regions.isEmpty()) {
      throw new IllegalStateException("the area has no region: " + space.areaId());
    }
    em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, regions.get(0).id().value());
  }

  private static String blankIsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
