package se.samverkan.coordination.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.coordination.assignment.AssignmentService;
import se.samverkan.coordination.assignment.AssignmentSummary;
import se.samverkan.coordination.meeting.ActionItem;
import se.samverkan.coordination.meeting.ActionItemService;
import se.samverkan.coordination.meeting.Meeting;
import se.samverkan.coordination.meeting.MeetingService;

/**
 * A space's start page: the caller's groups, their next meetings, the open action items from
 * their minutes and RUG's assignments to them, so a coordinator or member sees at once what is
 * coming and what is owed.
 */
@Named
@RequestScoped
public class StartPage {

  static final int NEXT_MEETINGS = 5;
  static final int OPEN_ACTIONS = 10;
  static final int ASSIGNMENTS = 10;

  @Inject CoordinationService coordination;
  @Inject MeetingService meetings;
  @Inject ActionItemService actionItems;
  @Inject AssignmentService assignments;

  private List<GroupSummary> groups;
  private List<Meeting> nextMeetings;
  private List<ActionItem> openActions;
  private List<AssignmentDue> assignmentsDue;
  private Map<Long, String> groupNames;

  /** An assignment given to one of the caller's groups. */
  public record AssignmentDue(AssignmentSummary assignment, long groupId, String groupName) {}

  public List<GroupSummary> getGroups() {
    if (groups == null) {
      groups = coordination.myGroups();
    }
    return groups;
  }

  public List<Meeting> getNextMeetings() {
    if (nextMeetings == null) {
      nextMeetings = meetings.nextMeetings(groupIds(), NEXT_MEETINGS);
    }
    return nextMeetings;
  }

  public List<ActionItem> getOpenActions() {
    if (openActions == null) {
      openActions = actionItems.openIn(groupIds(), OPEN_ACTIONS);
    }
    return openActions;
  }

  /** RUG's assignments to the caller's groups, soonest due first. */
  public List<AssignmentDue> getAssignmentsDue() {
    if (assignmentsDue == null) {
      assignmentsDue = assignments.forGroups(groupIds()).stream()
          .map(given -> new AssignmentDue(given.assignment(), given.groupId(), groupName(given.groupId())))
          .sorted(Comparator.comparing((AssignmentDue due) -> due.assignment().dueDate()))
          .limit(ASSIGNMENTS)
          .toList();
    }
    return assignmentsDue;
  }

  public boolean isRug() {
    return assignments.isRug();
  }

  public boolean isOverdue(ActionItem item) {
    return actionItems.isOverdue(item);
  }

  /** The name of one of the caller's groups, to label meetings and action items. */
  public String groupName(long groupId) {
    return groupsById().getOrDefault(groupId, "");
  }

  private Map<Long, String> groupsById() {
    if (groupNames == null) {
      groupNames = getGroups().stream().collect(Collectors.toMap(GroupSummary::id, GroupSummary::name, (a, b) -> a));
    }
    return groupNames;
  }

  private List<Long> groupIds() {
    return getGroups().stream().map(GroupSummary::id).toList();
  }
}
