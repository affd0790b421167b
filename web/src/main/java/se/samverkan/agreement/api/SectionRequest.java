package se.samverkan.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A section's heading and body (in the agreements' small markup); {@code version} when changing. */
public class SectionRequest {

  @NotBlank(message = "{agreement.heading.required}")
  @Size(max = 300, message = "{text.max}")
  private String heading;

  @NotNull(message = "{agreement.body.required}")
  @Size(max = 50000, message = "{text.max}")
  private String body;

  private Long version;

  public String getHeading() {
    return heading;
  }

  public void setHeading(String heading) {
    this.heading = heading;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
