package se.samverkan.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** A joint initiative, coded A, B, ... or A.a, A.b, ... */
public class InitiativeRequest {

  @NotBlank(message = "{plan.initiative.code.invalid}")
  @Pattern(regexp = "[A-Z](\\.[a-z])?", message = "{plan.initiative.code.invalid}")
  private String code;

  @NotBlank(message = "{plan.initiative.title.required}")
  @Size(max = 300, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String title;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
