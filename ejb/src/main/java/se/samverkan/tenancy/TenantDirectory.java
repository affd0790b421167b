package se.samverkan.tenancy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the parties and user organisations: shared reference data, no tenant context needed. */
@Stateless
public class TenantDirectory {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  public Optional<Tenant> find(TenantId id) {
    return Optional.ofNullable(em.find(Tenant.class, id.value()));
  }

  /** Every party of every area: for work done tenant by tenant, such as delivering mail. */
  public List<Tenant> all() {
    return em.createQuery("select t from Tenant t order by t.id", Tenant.class).getResultList();
  }

  /**
   * Where a member of a group in this area may come from: its parties first (region, then
   * municipalities by name), then its user organisations. Id to display name.
   */
  public Map<String, String> organisationsOf(String areaId) {
    Map<String, String> organisations = new LinkedHashMap<>();
    em.createQuery(
            "select t from Tenant t where t.areaId = :area order by t.kind desc, t.name", Tenant.class)
        .setParameter("area", areaId)
        .getResultList()
        .forEach(t -> organisations.put(t.id().value(), t.name()));
    em.createQuery(
            "select o from UserOrganisation o where o.areaId = :area order by o.name",
            UserOrganisation.class)
        .setParameter("area", areaId)
        .getResultList()
        .forEach(o -> organisations.put(o.id(), o.name()));
    return organisations;
  }
}
