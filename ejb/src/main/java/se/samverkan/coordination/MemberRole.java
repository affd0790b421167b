package se.samverkan.coordination;

/** A member's role in a coordination group. */
public enum MemberRole {
  /** Convenes, is the contact person; manages the group's members. */
  COORDINATOR,
  MEMBER,
  /** Invited for a question or a period (adjungerad). */
  CO_OPTED;

  /** When one person holds several roles in a group, the one that allows most counts. */
  public static MemberRole strongest(MemberRole a, MemberRole b) {
    return a == COORDINATOR || b == COORDINATOR ? COORDINATOR : (a == MEMBER || b == MEMBER ? MEMBER : a);
  }
}
