package se.samverkan.coordination.meeting;

import java.util.Optional;

/**
 * Which of a group's meetings to list: the coming ones soonest first, or the past ones latest
 * first, optionally only those whose place, agenda or published minutes mention a text.
 */
public record MeetingSearch(When when, Optional<String> text) {

  public enum When {
    UPCOMING,
    PAST
  }

  public MeetingSearch {
    text = text.map(String::strip).filter(t -> !t.isEmpty());
  }



  /** The text as a case-insensitive LIKE pattern, its own wildcards taken literally. */
  Optional<String> likePattern() {
    return text.map(t -> "%" + t.toLowerCase()
        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
  }
}
