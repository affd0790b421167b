package se.samverkan.tenants.realm;

import se.samverkan.tenants.Role;
import java.util.Optional;

/**
 * An invented person who can log in to the demo: {@code username} is {@code <party>-<role>},
 * the e-mail is at example.org. {@code keycloakGroup} is the party's group, which carries the
 * tenant (or user organisation) attribute that ends up in the token.
 */
public record DemoUser(
    String username,
    String firstName,
    String lastName,
    Role role,
    Optional<String> keycloakGroup) {

  public String email() {
    return username + "@example.org";
  }
}
