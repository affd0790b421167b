package se.samverkan.followup.api;

import java.time.OffsetDateTime;
import se.samverkan.followup.HistoryEntry;

/** One step of the round: SUBMITTED, RETURNED, APPROVED or REOPENED, with who and when. */
public record HistoryView(String step, int submission, OffsetDateTime at, String by, String comment) {

  static HistoryView of(HistoryEntry entry) {
    return new HistoryView(entry.step(), entry.sequence(), entry.at(), entry.by(), entry.comment().orElse(null));
  }
}
