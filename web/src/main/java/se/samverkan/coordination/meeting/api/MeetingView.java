package se.samverkan.coordination.meeting.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import se.samverkan.coordination.meeting.AgendaItem;
import se.samverkan.coordination.meeting.MeetingAttendee;
import se.samverkan.coordination.meeting.MeetingRecord;
import se.samverkan.coordination.meeting.MinutesEntry;

/**
 * A meeting with its agenda and, for whoever may read them, its minutes, attendance and action
 * items. {@code minutesVisible} says whether the caller sees the minutes (leaders always, the
 * rest of the group once approved).
 */
public record MeetingView(
    long id,
    long groupId,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    String link,
    String minutesStatus,
    Instant minutesApprovedAt,
    String minutesApprovedBy,
    Instant noticeSentAt,
    boolean minutesVisible,
    List<Item> agenda,
    List<Attendee> attendance,
    List<ActionItemView> actionItems,
    List<ActionItemView> carriedOver,
    long version) {

  /** An agenda item; {@code standingItem} names the agreement's item, {@code title} the group's own. */
  public record Item(long id, int position, String standingItem, String title, String notes, String decisions, long version) {}

  public record Attendee(Long memberId, String name, String organisation, String attendance) {}

  static MeetingView of(MeetingRecord record) {
    var m = record.meeting();
    return new MeetingView(m.id(), m.groupId(), m.startsAt(), m.endsAt(), m.place().orElse(null),
        m.link().orElse(null), m.minutesStatus().name(), m.minutesApprovedAt().orElse(null),
        m.minutesApprovedBy().orElse(null), m.noticeSentAt().orElse(null), record.minutesVisible(),
        record.agenda().stream().map(i -> item(record, i)).toList(),
        record.attendees().stream().map(MeetingView::attendee).toList(),
        record.raised().stream().map(ActionItemView::of).toList(),
        record.carriedOver().stream().map(ActionItemView::of).toList(),
        m.version());
  }

  private static Item item(MeetingRecord record, AgendaItem i) {
    MinutesEntry minutes = record.minutesOf(i).orElse(new MinutesEntry(null, null));
    return new Item(i.id(), i.position(), i.standingItem().map(Enum::name).orElse(null), i.title().orElse(null),
        minutes.notes(), minutes.decisions(), i.version());
  }

  private static Attendee attendee(MeetingAttendee a) {
    return new Attendee(a.memberId().orElse(null), a.name(), a.organisation(), a.attendance().name());
  }
}
