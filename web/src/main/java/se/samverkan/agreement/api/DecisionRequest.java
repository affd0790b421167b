package se.samverkan.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.agreement.DecisionDetails;

/** The party's council decision: the body that decided, the day, the reference; {@code version} to change it. */
public class DecisionRequest {

  @NotBlank(message = "{agreement.decision.body.required}")
  @Size(max = 300, message = "{text.max}")
  private String body;

  @NotBlank(message = "{agreement.date.required}")
  private String decidedOn;

  @NotBlank(message = "{agreement.decision.reference.required}")
  @Size(max = 300, message = "{text.max}")
  private String reference;

  private Long version;

  /** What the input describes; call only on input that passed its constraints. */
  public DecisionDetails details() {
    return new DecisionDetails(body.strip(), Dates.parse("decidedOn", decidedOn), reference.strip());
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(String decidedOn) {
    this.decidedOn = decidedOn;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
