package se.samverkan.dispute.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.dispute.StepPerson;

/** A person at a step of a dispute: staff, with the address the deadline reminder goes to. */
public class PersonRequest {

  @NotBlank(message = "{dispute.person.name.required}")
  @Size(max = 200, message = "{text.max}")
  private String name;

  @NotBlank(message = "{dispute.person.email.invalid}")
  @Email(regexp = ".+@.+\\..+", message = "{dispute.person.email.invalid}")
  @Size(max = 320, message = "{text.max}")
  private String email;

  public PersonRequest() {}

  public PersonRequest(String name, String email) {
    this.name = name;
    this.email = email;
  }

  StepPerson person() {
    return new StepPerson(name.strip(), email.strip());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
