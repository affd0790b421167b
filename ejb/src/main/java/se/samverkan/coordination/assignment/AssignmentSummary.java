package se.samverkan.coordination.assignment;

import java.time.LocalDate;
import java.util.Optional;
import se.samverkan.coordination.GroupKind;

/** An assignment as any party it concerns reads it. */
public record AssignmentSummary(
    long id,
    String description,
    Optional<String> agreementRef,
    LocalDate dueDate,
    Optional<GroupKind> targetKind,
    long version) {

  static AssignmentSummary of(Assignment assignment) {
    return new AssignmentSummary(assignment.id(), assignment.description(), assignment.agreementRef(),
        assignment.dueDate(), assignment.targetKind(), assignment.version());
  }
}
