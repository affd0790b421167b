package se.samverkan.tenancy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;

/**
 * Decides whether a caller may enter a tenant's space. The tenant is named by the URL; the answer
 * comes only from the verified identity: the caller's home tenant from the token, or group
 * memberships recorded in that tenant's own data. Never from a header or a form field.
 */
@Stateless
public class SpaceGate {

  /** The group role that lets a member from elsewhere manage the group's members. */
  private static final String COORDINATOR = "COORDINATOR";

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject TenantDirectory directory;
  @Inject TenantSession tenantSession;
  @Inject Clock clock;

  /** @throws SpaceForbiddenException for an unknown space and for one the caller may not enter */
  public Space enter(Caller caller, String requestedSpace) {
    TenantId id =
        TenantId.parse(requestedSpace).orElseThrow(() -> new SpaceForbiddenException(requestedSpace));
    Tenant tenant = directory.find(id).orElseThrow(() -> new SpaceForbiddenException(requestedSpace));
    if (caller.isHomeOf(id)) {
      return space(tenant, caller, SpaceAccess.HOME, Set.of(), Set.of());
    }
    Set<Long> memberOf = new HashSet<>();
    Set<Long> coordinatorOf = new HashSet<>();
    for (Object[] seat : seatsIn(id, caller)) {
      long group = ((Number) seat[0]).longValue();
      memberOf.add(group);
      if (COORDINATOR.equals(seat[1])) {
        coordinatorOf.add(group);
      }
    }
    if (memberOf.isEmpty()) {
      throw new SpaceForbiddenException(requestedSpace);
    }
    return space(tenant, caller, SpaceAccess.MEMBER, memberOf, coordinatorOf);
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
    return em.createNativeQuery("select spaces_of_member(?1, ?2)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, caller.email().get())
        .setParameter(2, LocalDate.now(clock))
        .getResultList();
  }

  /**
   * The caller's current seats (group id, role) in the tenant's groups: a seat whose period has
   * not begun or has ended gives no access. Looked up inside the tenant's own context: row-level
   * security shows no other tenant's rows. Which seats the address holds comes from the indexed
   * membership directory (seats_of_member, V23): asked of group_member by lower(email), row-level
   * security keeps PostgreSQL from using an index and every request scanned the tenant's members.
   */
  private List<Object[]> seatsIn(TenantId tenant, Caller caller) {
    Optional<String> email = caller.email();
    if (email.isEmpty()) {
      return List.of();
    }
    tenantSession.actAs(tenant);
    List<Object[]> seats = new ArrayList<>();
    for (Object row :
        em.createNativeQuery("select group_id, role from group_member"
                + " where id in (select seats_of_member(?1, ?2)) and lower(email) = lower(?1)"
                + " and (period_start is null or period_start <= ?2)"
                + " and (period_end is null or period_end >= ?2)")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, email.get())
            .setParameter(2, LocalDate.now(clock))
            .getResultList()) {
      seats.add((Object[]) row);
    }
    return seats;
  }

  private static Space space(
      Tenant tenant, Caller caller, SpaceAccess access, Set<Long> memberOf, Set<Long> coordinatorOf) {
    return new Space(tenant.id(), tenant.name(), tenant.kind(), tenant.areaId(), caller, access,
        memberOf, coordinatorOf);
  }
}
