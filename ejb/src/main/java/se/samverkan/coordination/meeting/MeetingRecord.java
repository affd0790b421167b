package se.samverkan.coordination.meeting;

import java.util.List;
import java.util.Optional;

/**
 * A meeting as one caller may read it. Draft minutes are the leaders' working copy: everyone
 * else of the group reads the minutes once they are approved, so what is not theirs to read is
 * left out here, not by whoever shows it.
 *
 * @param agenda the meeting's agenda items in order
 * @param attendance who attended, as recorded (read it through {@link #attendees()})
 * @param ledByCaller whether the caller may change the meeting
 * @param raised action items decided at this meeting
 * @param carriedOver earlier action items followed up at this meeting
 */
public record MeetingRecord(
    Meeting meeting,
    List<AgendaItem> agenda,
    List<MeetingAttendee> attendance,
    boolean ledByCaller,
    List<ActionItem> raised,
    List<ActionItem> carriedOver) {

  public MeetingRecord {
    agenda = List.copyOf(agenda);
    attendance = List.copyOf(attendance);
    raised = List.copyOf(raised);
    carriedOver = List.copyOf(carriedOver);
  }

  public boolean minutesVisible() {
    return ledByCaller || meeting.minutesApproved();
  }

  /** What the minutes say under an item, if the caller may read them. */
  public Optional<MinutesEntry> minutesOf(AgendaItem item) {
    if (!minutesVisible()) {
      return Optional.empty();
    }
    return Optional.of(new MinutesEntry(item.notes().orElse(null), item.decisions().orElse(null)));
  }

  /** Who attended, part of the minutes. */
  public List<MeetingAttendee> attendees() {
    return minutesVisible() ? attendance : List.of();
  }
}
