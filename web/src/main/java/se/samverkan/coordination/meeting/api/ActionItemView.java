package se.samverkan.coordination.meeting.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import se.samverkan.coordination.meeting.ActionItem;

/** An action item, with the meeting that raised it. */
public record ActionItemView(
    long id, long groupId, long meetingId, LocalDateTime meetingStartsAt, Long agendaItemId,
    String description, String responsible, LocalDate dueDate, String status, LocalDate completedOn,
    long version) {

  static ActionItemView of(ActionItem a) {
    return new ActionItemView(a.id(), a.groupId(), a.meeting().id(), a.meeting().startsAt(),
        a.agendaItemId().orElse(null), a.description(), a.responsible(), a.dueDate().orElse(null),
        a.status().name(), a.completedOn().orElse(null), a.version());
  }
}
