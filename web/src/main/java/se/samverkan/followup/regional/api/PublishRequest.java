package se.samverkan.followup.regional.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Publishing names the version of the texts RUG read, so nothing changed meanwhile goes out unseen. */
public class PublishRequest {

  @NotNull(message = "{version.required}")
  @PositiveOrZero(message = "{version.required}")
  private Long version;

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
