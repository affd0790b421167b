package se.samverkan.coordination.meeting.api;

import java.time.LocalDateTime;
import se.samverkan.coordination.meeting.Meeting;

/** A meeting in a list. */
public record MeetingSummaryView(
    long id, long groupId, LocalDateTime startsAt, LocalDateTime endsAt, String place, String link,
    String minutesStatus, long version) {

  static MeetingSummaryView of(Meeting m) {
    return new MeetingSummaryView(m.id(), m.groupId(), m.startsAt(), m.endsAt(), m.place().orElse(null),
        m.link().orElse(null), m.minutesStatus().name(), m.version());
  }
}
