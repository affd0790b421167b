package se.samverkan.followup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new set (from a year) or a new name for a set; a class, not a record (OpenAPI generator). */
public class IndicatorSetRequest {

  private Integer validFromYear;

  @NotBlank(message = "{followup.set.name.required}")
  @Size(max = 300, message = "{text.max}")
  private String name;

  private Long version;

  public Integer getValidFromYear() {
    return validFromYear;
  }

  public void setValidFromYear(Integer validFromYear) {
    this.validFromYear = validFromYear;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
