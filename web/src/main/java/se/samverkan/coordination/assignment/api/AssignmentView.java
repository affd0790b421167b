package se.samverkan.coordination.assignment.api;

import java.time.LocalDate;
import java.util.List;
import se.samverkan.coordination.assignment.AreaGroup;
import se.samverkan.coordination.assignment.AssignmentSummary;

/**
 * An assignment; {@code groups} are those it is given to (in a municipality's space: its own that
 * the caller sees). {@code targetKind} null means chosen groups.
 */
public record AssignmentView(
    long id,
    String description,
    String agreementRef,
    LocalDate dueDate,
    String targetKind,
    List<GroupRef> groups,
    long version) {

  public record GroupRef(long id, String party, String kind, String name) {
    static GroupRef of(AreaGroup group) {
      return new GroupRef(group.id(), group.party(), group.kind().name(), group.name());
    }
  }

  static AssignmentView of(AssignmentSummary assignment, List<AreaGroup> groups) {
    return new AssignmentView(
        assignment.id(),
        assignment.description(),
        assignment.agreementRef().orElse(null),
        assignment.dueDate(),
        assignment.targetKind().map(Enum::name).orElse(null),
        groups.stream().map(GroupRef::of).toList(),
        assignment.version());
  }
}
