package se.samverkan.followup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One figure of a recorded count, by key, with the reason when it differs from the records. */
public class FigureRequest {

  @NotBlank(message = "{followup.figure.key.required}")
  private String key;

  @NotNull(message = "{followup.figure.value.required}")
  @PositiveOrZero(message = "{followup.figure.value.required}")
  private Integer value;

  @Size(max = 2000, message = "{text.max}")
  private String reason;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public Integer getValue() {
    return value;
  }

  public void setValue(Integer value) {
    this.value = value;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
