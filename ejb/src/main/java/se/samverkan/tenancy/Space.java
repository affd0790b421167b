package se.samverkan.tenancy;

import java.util.Map;
import se.samverkan.coordination.MemberRole;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

/**
 * A tenant's space as one caller may use it. Only {@link SpaceGate} makes one, after checking the
 * caller's identity against the tenant, so holding a Space is the proof of access.
 *
 * @param groupRoles for a member's access: the groups they sit in and their role in each
 */
public record Space(
    TenantId tenant,
    String name,
    TenantKind kind,
    String areaId,
    Caller caller,
    SpaceAccess access,
    Map<Long, MemberRole> groupRoles) {

  public Space {
    groupRoles = Map.copyOf(groupRoles);
  }

  public boolean isHome() {
    return access == SpaceAccess.HOME;
  }

  public boolean canSeeGroup(long groupId) {
    return isHome() || groupRoles.containsKey(groupId);
  }

  /**
   * Members are managed by the tenant's administrators and coordinators, and by whoever
   * coordinates the group itself. Observers never write.
   */
  public boolean canManageMembersOf(long groupId) {
    if (caller.hasRole(Role.OBSERVER)) {
      return false;
    }
    if (isHome()) {
      return caller.hasAnyRole(Role.TENANT_ADMIN, Role.COORDINATOR);
    }
    return groupRoles.get(groupId) == MemberRole.COORDINATOR;
  }
}
