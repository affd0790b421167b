package se.samverkan.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A programme area of the collaboration area. */
public class ProgrammeAreaRequest {

  @NotBlank(message = "{plan.programmeArea.name.required}")
  @Size(max = 200, message = "{text.max}")
  private String name;


  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
