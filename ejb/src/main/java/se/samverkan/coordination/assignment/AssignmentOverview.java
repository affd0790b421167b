package se.samverkan.coordination.assignment;

import java.util.List;

/** An assignment and the state of every group it was given to, by municipality and group. */
public record AssignmentOverview(AssignmentSummary assignment, List<GroupStatusRow> groups) {

  public AssignmentOverview {
    groups = List.copyOf(groups);
  }
}
