package se.samverkan.coordination.meeting.ui;

import static se.samverkan.platform.ui.Messages.text;
import static se.samverkan.platform.ui.Messages.textOr;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupMember;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.coordination.meeting.ActionItem;
import se.samverkan.coordination.meeting.ActionItemService;
import se.samverkan.coordination.meeting.ActionItemStatus;
import se.samverkan.coordination.meeting.AgendaItem;
import se.samverkan.coordination.meeting.Attendance;
import se.samverkan.coordination.meeting.MeetingAttendee;
import se.samverkan.coordination.meeting.MeetingRecord;
import se.samverkan.coordination.meeting.MeetingService;
import se.samverkan.coordination.meeting.MinutesEntry;
import se.samverkan.coordination.meeting.api.ActionItemRequest;
import se.samverkan.coordination.meeting.api.AgendaItemRequest;
import se.samverkan.coordination.meeting.api.MinutesRequest;
import se.samverkan.platform.Clocks;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * One meeting: its plan, agenda and minutes, attendance and action items. The group's leaders
 * write the minutes one agenda item at a time ({@code &item=} in the address), record who
 * attended, raise and close action items and finally approve the minutes; the rest of the group
 * reads them once approved.
 */
@Named
@RequestScoped
public class MeetingPage {

  static final String MINUTES_FORM = "minutes-form";
  static final String ITEM_FORM = "item-form";
  static final String ACTION_FORM = "action-form";
  /** Groups are small; attendance lists every member on one page. */
  static final int MAX_MEMBERS = 100;

  @Inject MeetingService meetings;
  @Inject ActionItemService actionItems;
  @Inject CoordinationService coordination;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private long groupId;
  private long meetingId;
  private long editedItemId;
  private MeetingRecord record;
  private GroupSummary group;
  private List<GroupMember> members;

  private final MinutesRequest minutes = new MinutesRequest();
  private final AgendaItemRequest newItem = new AgendaItemRequest();
  private final ActionItemRequest newAction = new ActionItemRequest();
  private final Map<Long, String> attendance = new HashMap<>();

  @PostConstruct
  void readAddress() {
    groupId = Pages.number("group");
    meetingId = Pages.number("id");
    editedItemId = Pages.number("item");
  }

  /** Before rendering: 404 like the API for what is not there; the forms filled from the record. */
  public void load() throws IOException {
    try {
      getRecord();
      getEditedItem().ifPresent(item -> {
        if (minutes.getVersion() == null) {
          MinutesEntry entry = record.minutesOf(item).orElse(new MinutesEntry(null, null));
          minutes.setNotes(entry.notes());
          minutes.setDecisions(entry.decisions());
          minutes.setVersion(item.version());
        }
      });
      if (attendance.isEmpty()) {
        for (MeetingAttendee attendee : record.attendees()) {
          attendee.memberId().ifPresent(id -> attendance.put(id, attendee.attendance().name()));
        }
      }
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    }
  }

  public String saveMinutes() throws IOException {
    if (!validation.validate(minutes, MINUTES_FORM)) {
      return null;
    }
    return attempt(MINUTES_FORM, () -> {
      meetings.writeMinutes(groupId, meetingId, editedItemId, minutes.entry(), minutes.getVersion());
      return "minutes.saved";
    });
  }

  public String addItem() throws IOException {
    if (!validation.validate(newItem, ITEM_FORM)) {
      return null;
    }
    return attempt(ITEM_FORM, () -> {
      meetings.addItem(groupId, meetingId, newItem.getTitle());
      return "agenda.added";
    });
  }

  public String removeItem(long itemId, long version) throws IOException {
    return attempt(null, () -> {
      meetings.removeItem(groupId, meetingId, itemId, version);
      return "agenda.removed";
    });
  }

  public String saveAttendance() throws IOException {
    Map<Long, Attendance> byMember = new HashMap<>();
    attendance.forEach((member, status) -> {
      if (status != null && !status.isBlank()) {
        byMember.put(member, Attendance.valueOf(status));
      }
    });
    return attempt(null, () -> {
      meetings.recordAttendance(groupId, meetingId, byMember, getRecord().meeting().version());
      return "attendance.saved";
    });
  }

  public String raiseAction() throws IOException {
    if (!validation.validate(newAction, ACTION_FORM)) {
      return null;
    }
    return attempt(ACTION_FORM, () -> {
      actionItems.raise(groupId, meetingId, newAction.getAgendaItemId(), newAction.details());
      return "action.added";
    });
  }

  public String markDone(long actionItemId) throws IOException {
    return attempt(null, () -> {
      ActionItem item = actionItems.actionItem(groupId, actionItemId);
      actionItems.change(groupId, actionItemId, item.details(), ActionItemStatus.DONE, item.version());
      return "action.markedDone";
    });
  }

  public String approve(long version) throws IOException {
    return attempt(null, () -> {
      meetings.approveMinutes(groupId, meetingId, version);
      return "minutes.approved";
    });
  }

  public String sendNotice(long version) throws IOException {
    return attempt(null, () -> {
      meetings.sendNotice(groupId, meetingId, version);
      return "notice.sent";
    });
  }

  /** When the notice was last sent, as a date in the area's time. */
  public String getNoticeSentOn() {
    return getRecord().meeting().noticeSentAt()
        .map(at -> at.atZone(Clocks.SWEDEN).toLocalDate().toString())
        .orElse(null);
  }

  public String cancelMeeting(long version) throws IOException {
    try {
      meetings.cancel(groupId, meetingId, version);
      Pages.doneThenGo("meeting.cancelled", space(), "meetings?group=" + groupId);
    } catch (ConflictException e) {
      Pages.error("minutes.frozen");
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("meeting.conflict");
    }
    return null;
  }

  /** Runs a change; on success says so on the meeting's page, else tells why. */
  private String attempt(String form, Pages.Change change) throws IOException {
    try {
      String done = change.run();
      Pages.doneThenGo(done, space(), "meeting?group=" + groupId + "&id=" + meetingId);
    } catch (InvalidInputException e) {
      if (form == null) {
        Pages.error("members".equals(e.field()) ? "notice.noAddresses" : "meeting.invalid");
      } else {
        validation.fieldError(form, e.field(), textOr("invalid." + e.field(), e.getMessage()));
      }
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("meeting.conflict");
    } catch (ConflictException e) {
      Pages.error("minutes.frozen");
    } catch (AccessDeniedException e) {
      Pages.error("meeting.forbidden");
    } catch (NotFoundException e) {
      Pages.error("meeting.gone");
    }
    return null;
  }

  public MeetingRecord getRecord() {
    if (record == null) {
      record = meetings.meeting(groupId, meetingId);
    }
    return record;
  }

  public GroupSummary getGroup() {
    if (group == null) {
      group = coordination.group(groupId);
    }
    return group;
  }

  public List<GroupMember> getMembers() {
    if (members == null) {
      members = coordination.members(groupId, new PageRequest(0, MAX_MEMBERS)).items();
    }
    return members;
  }

  /** The agenda item whose minutes are being written, if any. */
  public Optional<AgendaItem> getEditedItem() {
    if (!isEditable() || editedItemId == 0) {
      return Optional.empty();
    }
    return getRecord().agenda().stream().filter(i -> i.id() == editedItemId).findFirst();
  }

  public boolean isEditing(long itemId) {
    return getEditedItem().map(i -> i.id() == itemId).orElse(false);
  }

  /** An agenda item's title in the page's language. */
  public String titleOf(AgendaItem item) {
    return item.standingItem().map(s -> text("standing." + s.name())).orElseGet(() -> item.title().orElse(""));
  }


  /** Leaders change the meeting until its minutes are approved. */
  public boolean isEditable() {
    return getRecord().ledByCaller() && !getRecord().meeting().minutesApproved();
  }

  public Attendance[] getAttendanceChoices() {
    return Attendance.values();
  }

  public Map<Long, String> getAttendance() {
    return attendance;
  }

  public MinutesRequest getMinutes() {
    return minutes;
  }

  public AgendaItemRequest getNewItem() {
    return newItem;
  }

  public ActionItemRequest getNewAction() {
    return newAction;
  }

  public long getGroupId() {
    return groupId;
  }

  public long getMeetingId() {
    return meetingId;
  }

  private String space() {
    return currentSpace.get().tenant().value();
  }
}
