package se.samverkan.coordination.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingCalendarTest {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void aMeetingBecomesAnEventInUtcWithAStableUid() {
    Meeting winter = withId(41, new Meeting(null, new MeetingPlan(
        LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 1, 11, 30), "Rådhuset, sal 2", null)));
    Meeting summer = withId(42, new Meeting(null, new MeetingPlan(
        LocalDateTime.of(2027, 6, 1, 9, 0), LocalDateTime.of(2027, 6, 1, 10, 0), null, "https://meet.example.org/a")));

    String ics = MeetingCalendar.of("SSGB Varberg", "samverkan.example.org", "varberg", List.of(winter, summer), NOW);

    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics).contains("DTSTART:20261201T080000Z\r\n", "DTEND:20261201T103000Z\r\n")
        .as("summer time is two hours ahead of UTC").contains("DTSTART:20270601T070000Z\r\n");
    assertThat(ics).contains("LOCATION:Rådhuset\\, sal 2\r\n", "URL:https://meet.example.org/a\r\n",
        "SUMMARY:SSGB Varberg\r\n", "DTSTAMP:20261123T120000Z\r\n");
    assertThat(ics).contains("UID:meeting-varberg-41@samverkan.example.org\r\n", "UID:meeting-varberg-42@samverkan.example.org\r\n");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
  }

  @Test
  void longLinesAreFoldedWithinSeventyFiveOctetsWithoutSplittingACharacter() {
    String longPlace = "Kommunhuset i Ödeshög, stora sammanträdesrummet på plan två, ingång från gården åäö";
    Meeting meeting = withId(7, new Meeting(null, new MeetingPlan(
        LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 1, 10, 0), longPlace, null)));

    String ics = MeetingCalendar.of("SSGV", "h", "s", List.of(meeting), NOW);

    assertThat(Arrays.stream(ics.split("\r\n")))
        .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded).contains("LOCATION:" + MeetingCalendar.escape(longPlace) + "\r\n");
  }

  /** The database gives ids; here the test does. */
  private static Meeting withId(long id, Meeting meeting) {
    try {
      Field field = Meeting.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(meeting, id);
      return meeting;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void textEscapesWhatICalendarReserves() {
    assertThat(MeetingCalendar.escape("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
  }
}
