package se.samverkan.coordination.assignment.api;

import java.time.OffsetDateTime;
import java.util.List;
import se.samverkan.coordination.assignment.AssignmentOverview;

/** RUG's overview: per municipality and group, how far it has come and whether it is late. */
public record OverviewView(long assignmentId, String dueDate, List<Row> groups) {

  public record Row(
      String party, String partyName, long groupId, String groupKind, String groupName,
      String status, boolean overdue, long submittedReports, OffsetDateTime lastSubmitted) {}

  static OverviewView of(AssignmentOverview overview) {
    return new OverviewView(
        overview.assignment().id(),
        overview.assignment().dueDate().toString(),
        overview.groups().stream()
            .map(r -> new Row(r.group().party(), r.partyName(), r.group().id(), r.group().kind().name(),
                r.group().name(), r.progress().name(), r.overdue(), r.submittedReports(),
                r.lastSubmitted().orElse(null)))
            .toList());
  }
}
