package se.samverkan.followup.regional.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** RUG's texts on a regional follow-up, with the version last read (0 when none were written). */
public class TextsRequest {

  @Size(max = 20000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String summary;

  @Size(max = 20000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String priorities;

  @NotNull(message = "{version.required}")
  @PositiveOrZero(message = "{version.required}")
  private Long version;

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getPriorities() {
    return priorities;
  }

  public void setPriorities(String priorities) {
    this.priorities = priorities;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
