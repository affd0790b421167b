package se.samverkan.coordination.assignment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import se.samverkan.coordination.GroupKind;

/**
 * What RUG says about an assignment: what to do, which agreement section it rests on (free text
 * until agreements exist), when it is due, and to whom: all groups of a kind, or chosen groups.
 */
public record AssignmentDetails(
    String description, String agreementRef, LocalDate dueDate, Optional<GroupKind> targetKind, Set<Long> groupIds) {

  public AssignmentDetails {
    description = description == null ? null : description.strip();
    agreementRef = agreementRef == null || agreementRef.isBlank() ? null : agreementRef.strip();
    targetKind = targetKind == null ? Optional.empty() : targetKind;
    groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
  }
}
