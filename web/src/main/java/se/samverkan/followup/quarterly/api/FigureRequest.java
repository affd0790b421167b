package se.samverkan.followup.quarterly.api;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One figure of the space's own party for a quarter. {@code version}: none (or 0) for a new
 * figure, the version last read to replace one.
 */
public class FigureRequest {

  @NotNull(message = "{quarterly.value.required}")
  private BigDecimal value;

  private Long version;

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
