package se.samverkan.tenants;

import java.util.List;
import java.util.Optional;

/**
 * One collaboration area (samverkansområde): a region, its municipalities and user organisations.
 *
 * @param demoTerm whether each group created from this file gets a demo term of meetings (for
 *     demonstration and test areas only)
 */
public record AreaDefinition(
    String id,
    String name,
    List<TenantDefinition> tenants,
    List<UserOrganisationDefinition> userOrganisations,
    boolean demoTerm) {

  public AreaDefinition {
    tenants = List.copyOf(tenants);
    userOrganisations = List.copyOf(userOrganisations);
  }

  public TenantDefinition region() {
    return tenants.stream()
        .filter(t -> t.kind() == TenantKind.REGION)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("area " + id + " has no region"));
  }

  /** A party or user organisation of this area, by id: where a member may come from. */
  public Optional<String> organisationName(String organisationId) {
    return tenants.stream()
        .filter(t -> t.id().equals(organisationId))
        .map(TenantDefinition::name)
        .findFirst()
        .or(
            () ->
                userOrganisations.stream()
                    .filter(o -> o.id().equals(organisationId))
                    .map(UserOrganisationDefinition::name)
                    .findFirst());
  }
}
