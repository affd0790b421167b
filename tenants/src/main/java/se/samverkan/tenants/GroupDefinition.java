package se.samverkan.tenants;

import java.util.List;

/**
 * A coordination group provisioned with its tenant. {@code key} identifies it within the tenant
 * across restarts, so provisioning can recognise a group it already created; {@code members} are
 * demo members, added only when the group is first created.
 */
public record GroupDefinition(
    String key, String kind, String name, List<MemberDefinition> members) {

  public GroupDefinition {
    members = List.copyOf(members);
  }
}
