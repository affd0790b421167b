package se.samverkan.coordination.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the group decided someone will do.
 *
 * @param responsible who does it: a person or a unit, as the group names them
 * @param dueDate by when, or none
 */
public record ActionItemDetails(
    @NotBlank(message = "{actionItem.description.required}") @Size(max = 1000, message = "{text.max}")
        String description,
    @NotBlank(message = "{actionItem.responsible.required}") @Size(max = 200, message = "{text.max}")
        String responsible,
    LocalDate dueDate) {

  public ActionItemDetails {
    description = description == null ? null : description.strip();
    responsible = responsible == null ? null : responsible.strip();
  }
}
