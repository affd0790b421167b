package se.samverkan.tenants;

import java.util.List;

/** A party that owns data: the region or one municipality. */
public record TenantDefinition(
    String id, String name, TenantKind kind, List<GroupDefinition> groups) {

  public TenantDefinition {
    groups = List.copyOf(groups);
  }
}
