package se.samverkan.dispute.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.shared.DeIdentified;

/** The agreed outcome that resolves a dispute. */
public class ResolutionRequest {

  @NotBlank(message = "{dispute.text.required}")
  @Size(max = 4000, message = "{text.max}")
  @DeIdentified
  private String outcome;

  @NotNull(message = "{version.required}")
  private Long version;

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
