package se.samverkan.coordination.assignment;

import java.util.Arrays;
import java.util.List;

/** An assignment and the state of every group it was given to, by municipality and group. */
public record AssignmentOverview(AssignmentSummary assignment, List<GroupStatusRow> groups) {

  public AssignmentOverview {
    groups = List.copyOf(groups);
  }

  /** How many groups stand where: every progress, in its order, also those no group is at. */
  public List<ProgressCount> progressCounts() {
    return Arrays.stream(GroupProgress.values())
        .map(progress -> new ProgressCount(progress,
            groups.stream().filter(row -> row.progress() == progress).count()))
        .toList();
  }

  public record ProgressCount(GroupProgress progress, long groups) {}
}
