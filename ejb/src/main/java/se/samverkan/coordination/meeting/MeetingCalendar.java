package se.samverkan.coordination.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.samverkan.platform.Clocks;

/**
 * Writes a group's meetings as an iCalendar (RFC 5545) calendar, for people's own calendars.
 * Times are given in UTC, which every client understands without a time-zone definition. Each
 * meeting keeps its UID, so a calendar that imports the feed again updates instead of
 * duplicating.
 */
public final class MeetingCalendar {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_OCTETS = 75;

  private final StringBuilder out = new StringBuilder();

  private MeetingCalendar() {}

  /**
   * @param calendarName e.g. the group's name
   * @param uidDomain the host the application is reached at, which makes UIDs unique worldwide
   * @param space the tenant the meetings belong to, part of each UID
   */
  public static String of(String calendarName, String uidDomain, String space, List<Meeting> meetings, Instant now) {
    MeetingCalendar calendar = new MeetingCalendar();
    calendar.line("BEGIN:VCALENDAR")
        .line("VERSION:2.0")
        .line("PRODID:-//Samverkan//Meetings//SV")
        .line("CALSCALE:GREGORIAN")
        .line("METHOD:PUBLISH")
        .property("X-WR-CALNAME", calendarName);
    for (Meeting meeting : meetings) {
      calendar.line("BEGIN:VEVENT")
          .line("UID:meeting-" + space + "-" + meeting.id() + "@" + uidDomain)
          .line("DTSTAMP:" + UTC.format(now))
          .line("DTSTART:" + utc(meeting.startsAt()))
          .line("DTEND:" + utc(meeting.endsAt()))
          .property("SUMMARY", calendarName);
      meeting.place().ifPresent(place -> calendar.property("LOCATION", place));
      meeting.link().ifPresent(link -> calendar.line("URL:" + link).property("DESCRIPTION", link));
      calendar.line("END:VEVENT");
    }
    return calendar.line("END:VCALENDAR").out.toString();
  }

  private static String utc(LocalDateTime areaTime) {
    return UTC.format(areaTime.atZone(Clocks.SWEDEN).toInstant());
  }

  private MeetingCalendar property(String name, String text) {
    return line(name + ":" + escape(text));
  }

  /** Text values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }

  /** Lines end in CRLF and are folded to at most 75 octets, never inside a UTF-8 character. */
  private MeetingCalendar line(String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > MAX_OCTETS) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
    return this;
  }
}
