package se.samverkan.deviation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import se.samverkan.audit.AuditTrail;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

/**
 * What RUG sees of the municipalities' deviations: only those their groups raised, as the
 * region's own snapshots. Nothing else of a deviation ever reaches the region.
 */
@Stateless
@SpaceScoped
public class RaisedToRug {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject AuditTrail auditTrail;

  public Page<RaisedDeviation> raised(@NotNull PageRequest request) {
    requireRug();
    List<RaisedDeviation> items = em.createQuery(
            "select r from RaisedDeviation r order by r.raisedAt desc, r.id desc", RaisedDeviation.class)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
    long total = em.createQuery("select count(r) from RaisedDeviation r", Long.class).getSingleResult();
    return Page.of(items, request, total);
  }

  public RaisedDeviation one(long id) {
    requireRug();
    RaisedDeviation raised = em.find(RaisedDeviation.class, id);
    if (raised == null) {
      throw new NotFoundException("Raised deviation", id);
    }
    auditTrail.recordRead("deviation_raised", id);
    return raised;
  }

  /** Whether the caller is RUG in the region's own space. */
  public boolean isRug() {
    Space space = currentSpace.get();
    return space.kind() == TenantKind.REGION && space.isHome() && space.caller().hasRole(Role.RUG);
  }

  private void requireRug() {
    if (!isRug()) {
      throw new AccessDeniedException("Only the regional development group (RUG) reads raised deviations");
    }
  }
}
