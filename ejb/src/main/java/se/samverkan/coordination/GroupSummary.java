package se.samverkan.coordination;

/** A group in a list: what it is, what it is for and how many sit in it. */
public record GroupSummary(
    long id, GroupKind kind, GroupDetails details, long version, long memberCount) {

  static GroupSummary of(CoordinationGroup group, long memberCount) {
    return new GroupSummary(group.id(), group.kind(), group.details(), group.version(), memberCount);
  }

  public String name() {
    return details.name();
  }
}
