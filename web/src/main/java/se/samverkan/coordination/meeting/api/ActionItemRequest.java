package se.samverkan.coordination.meeting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samverkan.coordination.meeting.ActionItemDetails;
import se.samverkan.coordination.meeting.ActionItemStatus;

/**
 * An action item as the API and the minutes form receive it. Raising one names the meeting (and
 * optionally the agenda item); changing one needs its {@code version} and may set {@code status}.
 */
public class ActionItemRequest {

  @NotBlank(message = "{actionItem.description.required}")
  @Size(max = 1000, message = "{text.max}")
  private String description;

  @NotBlank(message = "{actionItem.responsible.required}")
  @Size(max = 200, message = "{text.max}")
  private String responsible;

  private LocalDate dueDate;

  @Pattern(regexp = "OPEN|DONE", message = "{actionItem.status.invalid}")
  private String status;

  private Long agendaItemId;

  private Long version;

  public ActionItemDetails details() {
    return new ActionItemDetails(description, responsible, dueDate);
  }

  public ActionItemStatus statusOrOpen() {
    return status == null ? ActionItemStatus.OPEN : ActionItemStatus.valueOf(status);
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getResponsible() {
    return responsible;
  }

  public void setResponsible(String responsible) {
    this.responsible = responsible;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Long getAgendaItemId() {
    return agendaItemId;
  }

  public void setAgendaItemId(Long agendaItemId) {
    this.agendaItemId = agendaItemId;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
