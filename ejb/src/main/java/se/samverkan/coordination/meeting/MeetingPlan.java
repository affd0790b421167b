package se.samverkan.coordination.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import se.samverkan.shared.InvalidInputException;

/**
 * When and where a meeting is held. Times are the area's wall-clock time (Europe/Stockholm).
 *
 * @param place a room or address, or none for a meeting held only online
 * @param link the address of an online meeting, or none
 */
public record MeetingPlan(
    @NotNull(message = "{meeting.startsAt.required}") LocalDateTime startsAt,
    @NotNull(message = "{meeting.endsAt.required}") LocalDateTime endsAt,
    @Size(max = 200, message = "{text.max}") String place,
    @Size(max = 500, message = "{text.max}")
        @Pattern(regexp = "https?://\\S+", message = "{meeting.link.invalid}")
        String link) {

  public MeetingPlan {
    place = blankToNull(place);
    link = blankToNull(link);
  }

  /** The rules that look at more than one field, each refused beside the field to correct. */
  void requireConsistent() {
    if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
      throw new InvalidInputException("endsAt", "a meeting ends after it starts");
    }
    if (place == null && link == null) {
      throw new InvalidInputException("place", "say where the meeting is held: a place, a link or both");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
