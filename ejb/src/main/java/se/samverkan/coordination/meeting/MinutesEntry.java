package se.samverkan.coordination.meeting;

import jakarta.validation.constraints.Size;

/**
 * What the minutes say under one agenda item: the discussion in short, and what was decided.
 * Staff knowledge only: no data about individuals receiving care.
 */
public record MinutesEntry(
    @Size(max = 10000, message = "{text.max}") String notes,
    @Size(max = 5000, message = "{text.max}") String decisions) {

  public MinutesEntry {
    notes = notes == null || notes.isBlank() ? null : notes.strip();
    decisions = decisions == null || decisions.isBlank() ? null : decisions.strip();
  }
}
