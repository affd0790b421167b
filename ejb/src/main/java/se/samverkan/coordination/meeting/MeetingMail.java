package se.samverkan.coordination.meeting;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import se.samverkan.platform.mail.Attachment;
import se.samverkan.platform.mail.OutgoingMail;

/**
 * The e-mails of a meeting, in Swedish with a short English line: the notice (time, place, agenda,
 * with the meeting as a calendar file) and the approved minutes. Plain text; the minutes hold
 * staff knowledge only, as written in the product.
 *
 * @param link the meeting's page, opened after logging in
 */
public record MeetingMail(String groupName, String spaceName, Meeting meeting, List<AgendaItem> agenda,
    List<ActionItem> actionItems, String link) {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd 'kl.' HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** The standing items' titles in the mail's language (Swedish), as the agreement names them. */
  private static final Map<StandingItem, String> STANDING = Map.of(
      StandingItem.LOCAL_STRUCTURES, "Se över och stärka lokala strukturer för samverkan",
      StandingItem.DEVIATIONS_AND_DISPUTES, "Analys av inkomna avvikelser och tvister",
      StandingItem.ORGANISATIONAL_CHANGES, "Förändringar i egen organisation som kan påverka samverkan",
      StandingItem.DIVISION_OF_RESPONSIBILITY, "Ansvarsfördelning i gruppen",
      StandingItem.CO_OPTING, "Adjungering av andra aktörer");

  public MeetingMail {
    agenda = List.copyOf(agenda);
    actionItems = List.copyOf(actionItems);
  }

  /** The notice to one member, with the meeting as an .ics file for their calendar. */
  public OutgoingMail notice(String recipient, String calendar) {
    StringBuilder text = new StringBuilder("Hej!\n\nVälkommen till möte i ").append(groupName).append(", ")
        .append(spaceName).append(".\n\n").append(when()).append('\n');
    meeting.place().ifPresent(place -> text.append("Plats: ").append(place).append('\n'));
    meeting.link().ifPresent(url -> text.append("Digitalt: ").append(url).append('\n'));
    text.append("\nDagordning:\n");
    for (int i = 0; i < agenda.size(); i++) {
      text.append(i + 1).append(". ").append(title(agenda.get(i))).append('\n');
    }
    text.append("\nMötet i Samverkan: ").append(link).append("\n\n")
        .append("In English: notice of a meeting of ").append(groupName).append(" on ")
        .append(meeting.startsAt().toLocalDate()).append("; the calendar file is attached.\n\n-- \nSamverkan\n");
    return OutgoingMail.text(recipient, "Kallelse: " + groupName + " " + meeting.startsAt().toLocalDate(),
            text.toString())
        .with(new Attachment("mote.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
            calendar.getBytes(StandardCharsets.UTF_8)));
  }

  /** The approved minutes to one member. */
  public OutgoingMail minutes(String recipient) {
    StringBuilder text = new StringBuilder("Hej!\n\nProtokollet från mötet i ").append(groupName).append(", ")
        .append(spaceName).append(", ").append(when()).append(", är godkänt.\n");
    for (int i = 0; i < agenda.size(); i++) {
      AgendaItem item = agenda.get(i);
      text.append("\n").append(i + 1).append(". ").append(title(item)).append('\n');
      item.notes().ifPresent(notes -> text.append(notes).append('\n'));
      item.decisions().ifPresent(decisions -> text.append("Beslut: ").append(decisions).append('\n'));
    }
    if (!actionItems.isEmpty()) {
      text.append("\nÅtgärder:\n");
      for (ActionItem action : actionItems) {
        text.append("- ").append(action.description()).append(" (ansvarig: ").append(action.responsible());
        action.dueDate().ifPresent(due -> text.append(", klart senast ").append(due));
        text.append(")\n");
      }
    }
    text.append("\nProtokollet i Samverkan: ").append(link).append("\n\n")
        .append("In English: the minutes of the meeting of ").append(groupName).append(" on ")
        .append(meeting.startsAt().toLocalDate()).append(" are approved.\n\n-- \nSamverkan\n");
    return OutgoingMail.text(recipient, "Protokoll: " + groupName + " " + meeting.startsAt().toLocalDate(),
        text.toString());
  }

  private String when() {
    return "Tid: " + WHEN.format(meeting.startsAt()) + "–" + TIME.format(meeting.endsAt());
  }

  static String title(AgendaItem item) {
    return item.standingItem().map(STANDING::get).orElseGet(() -> item.title().orElse(""));
  }
}
