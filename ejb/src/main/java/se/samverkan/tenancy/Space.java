package se.samverkan.tenancy;

import java.util.Set;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

/**
 * A tenant's space as one caller may use it. Only {@link SpaceGate} makes one, after checking the
 * caller's identity against the tenant, so holding a Space is the proof of access.
 *
 * @param memberOf for a member's access: the groups they sit in
 * @param coordinatorOf the groups among those that they coordinate
 */
public record Space(
    TenantId tenant,
    String name,
    TenantKind kind,
    String areaId,
    Caller caller,
    SpaceAccess access,
    Set<Long> memberOf,
    Set<Long> coordinatorOf) {

  public Space {
    memberOf = Set.copyOf(memberOf);
    coordinatorOf = Set.copyOf(coordinatorOf);
  }

  public boolean isHome() {
    return access == SpaceAccess.HOME;
  }

  public boolean canSeeGroup(long groupId) {
    return isHome() || memberOf.contains(groupId);
  }

  /** The tenant's own administrators, in their home space: they keep its audit trail. */
  public boolean isAdministeredByCaller() {
    return isHome() && caller.hasRole(Role.TENANT_ADMIN);
  }

  /** The tenant's own administrators and coordinators add and change its groups. */
  public boolean canKeepGroups() {
    return isHome() && caller.hasAnyRole(Role.TENANT_ADMIN, Role.COORDINATOR);
  }

  /**
   * Leading a group (keeping its members, planning its meetings, writing its minutes, reporting
   * on its assignments) falls to the tenant's administrators and coordinators, and to whoever
   * coordinates the group itself. Observers never write.
   */
  public boolean canLeadGroup(long groupId) {
    if (caller.hasRole(Role.OBSERVER)) {
      return false;
    }
    if (isHome()) {
      return caller.hasAnyRole(Role.TENANT_ADMIN, Role.COORDINATOR);
    }
    return coordinatorOf.contains(groupId);
  }
}
