package se.samverkan.coordination.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import se.samverkan.coordination.GroupMember;

public record MemberView(
    long id,
    String name,
    String email,
    String organisation,
    String organisationName,
    String unit,
    String mandate,
    String role,
    LocalDate periodStart,
    LocalDate periodEnd,
    Instant invitedAt,
    long version) {

  static MemberView of(GroupMember member, Map<String, String> organisations) {
    return new MemberView(
        member.id(),
        member.name(),
        member.email().orElse(null),
        member.organisation(),
        organisations.getOrDefault(member.organisation(), member.organisation()),
        member.unit(),
        member.mandate(),
        member.role().name(),
        member.periodStart().orElse(null),
        member.periodEnd().orElse(null),
        member.invitedAt().orElse(null),
        member.version());
  }
}
