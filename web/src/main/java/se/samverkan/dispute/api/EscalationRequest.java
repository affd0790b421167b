package se.samverkan.dispute.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.dispute.StepPerson;
import se.samverkan.shared.DeIdentified;

/** Raising a dispute to the next step: why the current step ended, and the next step's people. */
public class EscalationRequest {

  @NotBlank(message = "{dispute.text.required}")
  @Size(max = 4000, message = "{text.max}")
  @DeIdentified
  private String outcome;

  @NotEmpty(message = "{dispute.people.required}")
  @Size(max = 20)
  private List<@Valid PersonRequest> people = new ArrayList<>();

  @NotNull(message = "{version.required}")
  private Long version;

  public List<StepPerson> stepPeople() {
    return people.stream().map(PersonRequest::person).toList();
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public List<PersonRequest> getPeople() {
    return people;
  }

  public void setPeople(List<PersonRequest> people) {
    this.people = people;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
