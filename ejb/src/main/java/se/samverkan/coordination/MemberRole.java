package se.samverkan.coordination;

/** A member's role in a coordination group. */
public enum MemberRole {
  /** Convenes, is the contact person; manages the group's members. */
  COORDINATOR,
  MEMBER,
  /** Invited for a question or a period (adjungerad). */
  CO_OPTED
}
