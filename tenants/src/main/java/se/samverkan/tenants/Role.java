package se.samverkan.tenants;

import java.util.List;
import java.util.Optional;

/**
 * The roles of design.md: realm roles in Keycloak, the {@code groups} claim in tokens. Which
 * tenant a role applies to comes from the token's {@code tenant} claim, not from the role.
 */
public enum Role {
  PLATFORM_ADMIN("platform-admin", "Operates tenants; sees no tenant content"),
  TENANT_ADMIN("tenant-admin", "Administers one tenant's space"),
  COORDINATOR("coordinator", "Coordinates the tenant's groups"),
  MEMBER("member", "Member of the tenant's groups"),
  RUG("rug", "Regional development group: submitted follow-ups, agreements, assignments"),
  SECRETARIAT("secretariat", "Edits the area's shared documents"),
  OBSERVER("observer", "User organisation representative, read-only by invitation");

  private final String roleName;
  private final String description;

  Role(String roleName, String description) {
    this.roleName = roleName;
    this.description = description;
  }

  public String roleName() {
    return roleName;
  }

  public String description() {
    return description;
  }

  public static Optional<Role> byName(String roleName) {
    for (Role role : values()) {
      if (role.roleName.equals(roleName)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** One demo user per party and role: these are the roles a party of this kind has. */
  public static List<Role> demoRolesOf(TenantKind kind) {
    return switch (kind) {
      case MUNICIPALITY -> List.of(TENANT_ADMIN, COORDINATOR, MEMBER);
      case REGION -> List.of(TENANT_ADMIN, COORDINATOR, MEMBER, RUG, SECRETARIAT);
    };
  }
}
