package se.samverkan.coordination;

/** A group in a list: what it is and how many sit in it. */
public record GroupSummary(long id, GroupKind kind, String name, long version, long memberCount) {

  static GroupSummary of(CoordinationGroup group, long memberCount) {
    return new GroupSummary(group.id(), group.kind(), group.name(), group.version(), memberCount);
  }
}
