package se.samverkan.coordination.assignment.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samverkan.coordination.assignment.AssignmentService;
import se.samverkan.coordination.assignment.AssignmentSummary;

/** The section "Utvecklingsuppdrag" of a group's page: the assignments given to the group. */
@Named
@RequestScoped
public class GroupAssignments {

  @Inject AssignmentService service;

  private List<AssignmentSummary> assignments;

  public List<AssignmentSummary> of(long groupId) {
    if (assignments == null) {
      assignments = groupId == 0 ? List.of() : service.forGroup(groupId);
    }
    return assignments;
  }
}
