package se.samverkan.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** The caller's consultation answer; {@code submit} sends it; {@code version} when one exists. */
public class AnswerRequest {

  @NotBlank(message = "{agreement.answer.required}")
  @Size(max = 20000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String body;

  private boolean submit;

  private Long version;

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public boolean isSubmit() {
    return submit;
  }

  public void setSubmit(boolean submit) {
    this.submit = submit;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
