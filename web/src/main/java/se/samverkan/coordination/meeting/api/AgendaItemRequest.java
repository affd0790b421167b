package se.samverkan.coordination.meeting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An item of the group's own to add to a meeting's agenda. */
public class AgendaItemRequest {

  @NotBlank(message = "{agenda.title.required}")
  @Size(max = 200, message = "{text.max}")
  private String title;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
