package se.samverkan.deviation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.shared.DeIdentified;

/** Raising a deviation to RUG: the de-identified summary the region will read. */
public class RaiseRequest {

  @NotBlank(message = "{deviation.text.required}")
  @Size(max = 4000, message = "{text.max}")
  @DeIdentified
  private String summary;

  @NotNull(message = "{version.required}")
  private Long version;

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
