package se.samverkan.tenancy;

import java.util.Optional;
import java.util.Set;
import se.samverkan.tenants.Role;

/**
 * The verified person behind a request, as the identity provider vouched for them: the web layer
 * builds it from the bearer token or the OpenID Connect login, nothing else may.
 *
 * @param homeTenant the party the person works for, from the token's {@code tenant} claim
 * @param organisation the user organisation a representative speaks for, if any
 * @param email verified e-mail address, which links the person to group memberships
 */
public record Caller(
    String subject,
    String displayName,
    Optional<String> email,
    Optional<TenantId> homeTenant,
    Optional<String> organisation,
    Set<Role> roles) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(Role... candidates) {
    for (Role role : candidates) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  public boolean isHomeOf(TenantId tenant) {
    return homeTenant.filter(tenant::equals).isPresent();
  }
}
