package se.samverkan.coordination.api;

import se.samverkan.coordination.GroupSummary;

public record GroupView(long id, String kind, String name, long version, long memberCount) {

  static GroupView of(GroupSummary group) {
    return new GroupView(group.id(), group.kind().name(), group.name(), group.version(), group.memberCount());
  }
}
