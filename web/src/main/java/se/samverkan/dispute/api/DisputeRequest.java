package se.samverkan.dispute.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.dispute.DisputeCase;
import se.samverkan.dispute.StepPerson;
import se.samverkan.shared.DeIdentified;

/** A dispute as it is opened: what it is about and the people at the first step. */
public class DisputeRequest {

  @NotBlank(message = "{dispute.text.required}")
  @Size(max = 4000, message = "{text.max}")
  @DeIdentified
  private String question;

  @NotBlank(message = "{dispute.text.required}")
  @Size(max = 1000, message = "{text.max}")
  @DeIdentified
  private String parties;

  @NotBlank(message = "{dispute.text.required}")
  @Size(max = 200, message = "{text.max}")
  @DeIdentified
  private String agreementSection;

  @NotEmpty(message = "{dispute.people.required}")
  @Size(max = 20)
  private List<@Valid PersonRequest> people = new ArrayList<>();

  public DisputeCase about() {
    return new DisputeCase(question, parties, agreementSection);
  }

  public List<StepPerson> stepPeople() {
    return people.stream().map(PersonRequest::person).toList();
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getParties() {
    return parties;
  }

  public void setParties(String parties) {
    this.parties = parties;
  }

  public String getAgreementSection() {
    return agreementSection;
  }

  public void setAgreementSection(String agreementSection) {
    this.agreementSection = agreementSection;
  }

  public List<PersonRequest> getPeople() {
    return people;
  }

  public void setPeople(List<PersonRequest> people) {
    this.people = people;
  }
}
