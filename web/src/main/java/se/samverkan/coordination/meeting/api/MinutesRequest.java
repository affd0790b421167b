package se.samverkan.coordination.meeting.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.coordination.meeting.MinutesEntry;

/** The minutes under one agenda item; {@code version} is the item's, as last read. */
public class MinutesRequest {

  @Size(max = 10000, message = "{text.max}")
  private String notes;

  @Size(max = 5000, message = "{text.max}")
  private String decisions;

  @NotNull(message = "{version.required}")
  private Long version;

  public MinutesEntry entry() {
    return new MinutesEntry(notes, decisions);
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getDecisions() {
    return decisions;
  }

  public void setDecisions(String decisions) {
    this.decisions = decisions;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
