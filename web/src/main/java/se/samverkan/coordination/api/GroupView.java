package se.samverkan.coordination.api;

import java.util.List;
import se.samverkan.coordination.GroupSummary;

public record GroupView(
    long id,
    String kind,
    String name,
    String purpose,
    List<String> targetGroups,
    String status,
    long version,
    long memberCount) {

  static GroupView of(GroupSummary group) {
    return new GroupView(
        group.id(),
        group.kind().name(),
        group.details().name(),
        group.details().purpose(),
        group.details().targetGroups().stream().map(Enum::name).sorted().toList(),
        group.details().status().name(),
        group.version(),
        group.memberCount());
  }
}
