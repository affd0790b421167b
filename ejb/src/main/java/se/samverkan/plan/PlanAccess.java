package se.samverkan.plan;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Tenant;
import se.samverkan.tenancy.TenantId;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

/**
 * Finds a plan as the caller may use it, like {@code GroupAccess} for groups. A plan is either
 * the space's own (the region's area plans in the region's space, a municipality's local plans in
 * its own) or, in a municipality's space, one of the area's plans that its region owns.
 *
 * <p>The area's plans are read in a municipality's session by pointing EclipseLink's tenant
 * discriminator at the area's region for the rest of the service call ({@link #readAsRegion}),
 * while PostgreSQL keeps the municipality's own context: the application's layer asks for the
 * region's rows only, and the database shows them through its {@code area_parties_read} policy
 * (FOR SELECT only), so nothing read that way can be written back.
 */
@Dependent
public class PlanAccess {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;

  /** A plan and how the caller stands to it. */
  public record Found(ActionPlan plan, TenantId owner, boolean areaPlan, boolean editable) {}

  /** The plan to read: the space's own, else (in a municipality) the area's. 404 otherwise. */
  public Found readable(long id) {
    Space space = currentSpace.get();
    if (readsOwnPlans(space)) {
      ActionPlan own = em.find(ActionPlan.class, id);
      if (own != null) {
        return new Found(own, space.tenant(), isRegion(space), canWrite(space));
      }
    }
    if (!isRegion(space)) {
      TenantId region = readAsRegion();
      ActionPlan shared = em.find(ActionPlan.class, id);
      if (shared != null) {
        return new Found(shared, region, true, false);
      }
    }
    throw new NotFoundException("Plan", id);
  }

  /**
   * The space's own plan, locked for the change, for one who may write it: the region's
   * secretariat for the area's plans, a municipality's administrators and coordinators for its
   * own. Another party's attempt at the area's plan is 403; a plan it cannot see is 404.
   */
  public ActionPlan editable(long id) {
    Space space = currentSpace.get();
    ActionPlan own = space.isHome() ? em.find(ActionPlan.class, id, LockModeType.PESSIMISTIC_WRITE) : null;
    if (own == null) {
      if (!isRegion(space)) {
        readAsRegion();
        if (em.find(ActionPlan.class, id) != null) {
          throw new AccessDeniedException("The area's plans are kept by the region's secretariat");
        }
      }
      throw new NotFoundException("Plan", id);
    }
    requireWriter(space);
    return own;
  }

  /** Whether the caller keeps the space's own plans. */
  public boolean canWrite(Space space) {
    if (!space.isHome() || space.caller().hasRole(Role.OBSERVER)) {
      return false;
    }
    return isRegion(space)
        ? space.caller().hasRole(Role.SECRETARIAT)
        : space.caller().hasAnyRole(Role.TENANT_ADMIN, Role.COORDINATOR);
  }

  public void requireWriter(Space space) {
    if (!canWrite(space)) {
      throw new AccessDeniedException(isRegion(space)
          ? "Only the region's secretariat keeps the area's plans"
          : "Only the municipality's administrators and coordinators keep its local plans");
    }
  }

  /** Local plans are the municipality's own staff's; the region's space shows the area's. */
  public boolean readsOwnPlans(Space space) {
    return space.isHome();
  }

  /**
   * Points the rest of this service call at the area's region's rows (see the class comment).
   * Only reads may follow.
   */
  public TenantId readAsRegion() {
    TenantId region = regionOfArea();
    em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, region.value());
    return region;
  }

  public TenantId regionOfArea() {
    List<Tenant> regions = em.createQuery(
            "select t from Tenant t where t.areaId = :area and t.kind = :region", Tenant.class)
        .setParameter("area", currentSpace.get().areaId())
        .setParameter("region", TenantKind.REGION)
        .getResultList();
    if (regions.isEmpty()) {
      throw new IllegalStateException("the area has no region: " + currentSpace.get().areaId());
    }
    return regions.get(0).id();
  }

  /** The principals of the area: the region first, then the municipalities by name. */
  public List<Tenant> principals() {
    return em.createQuery("select t from Tenant t where t.areaId = :area order by t.kind desc, t.name", Tenant.class)
        .setParameter("area", currentSpace.get().areaId())
        .getResultList();
  }

  private static boolean isRegion(Space space) {
    return space.kind() == TenantKind.REGION;
  }
}
