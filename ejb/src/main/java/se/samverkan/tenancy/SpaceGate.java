package se.samverkan.tenancy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.coordination.MemberRole;

/**
 * Decides whether a caller may enter a tenant's space. The tenant is named by the URL; the answer
 * comes only from the verified identity: the caller's home tenant from the token, or group
 * memberships recorded in that tenant's own data. Never from a header or a form field.
 */
@Stateless
public class SpaceGate {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject TenantDirectory directory;
  @Inject TenantSession tenantSession;

  /** @throws SpaceForbiddenException for an unknown space and for one the caller may not enter */
  public Space enter(Caller caller, String requestedSpace) {
    TenantId id =
        TenantId.parse(requestedSpace).orElseThrow(() -> new SpaceForbiddenException(requestedSpace));
    Tenant tenant = directory.find(id).orElseThrow(() -> new SpaceForbiddenException(requestedSpace));
    if (caller.isHomeOf(id)) {
      return space(tenant, caller, SpaceAccess.HOME, Map.of());
    }
    Map<Long, MemberRole> groups = membershipsIn(id, caller);
    if (groups.isEmpty()) {
      throw new SpaceForbiddenException(requestedSpace);
    }
    return space(tenant, caller, SpaceAccess.MEMBER, groups);
  }

  /** Every space the caller may enter, their own first. */
  public List<SpaceSummary> spacesOf(Caller caller) {
    List<SpaceSummary> spaces = new ArrayList<>();
    caller.homeTenant().flatMap(directory::find).ifPresent(home ->
        spaces.add(new SpaceSummary(home.id(), home.name(), home.kind(), SpaceAccess.HOME)));
    List<SpaceSummary> memberSpaces = new ArrayList<>();
    for (String tenantId : tenantsWithMembershipOf(caller)) {
      TenantId id = new TenantId(tenantId);
      if (!caller.isHomeOf(id)) {
        directory.find(id).ifPresent(t ->
            memberSpaces.add(new SpaceSummary(t.id(), t.name(), t.kind(), SpaceAccess.MEMBER)));
      }
    }
    memberSpaces.sort(Comparator.comparing(SpaceSummary::name));
    spaces.addAll(memberSpaces);
    return spaces;
  }

  @SuppressWarnings("unchecked")
  private List<String> tenantsWithMembershipOf(Caller caller) {
    if (caller.email().isEmpty()) {
      return List.of();
    }
    return em.createNativeQuery("select spaces_of_member(?1)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, caller.email().get())
        .getResultList();
  }

  /** Looked up inside the tenant's own context: row-level security shows no other tenant's rows. */
  private Map<Long, MemberRole> membershipsIn(TenantId tenant, Caller caller) {
    Optional<String> email = caller.email();
    if (email.isEmpty()) {
      return Map.of();
    }
    tenantSession.actAs(tenant);
    List<?> rows =
        em.createNativeQuery(
                "select group_id, role from group_member where lower(email) = lower(?1)")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, email.get())
            .getResultList();
    Map<Long, MemberRole> groups = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      MemberRole role = MemberRole.valueOf((String) columns[1]);
      groups.merge(((Number) columns[0]).longValue(), role, MemberRole::strongest);
    }
    return groups;
  }

  private static Space space(
      Tenant tenant, Caller caller, SpaceAccess access, Map<Long, MemberRole> groups) {
    return new Space(tenant.id(), tenant.name(), tenant.kind(), tenant.areaId(), caller, access, groups);
  }
}
