package se.samverkan.followup.quarterly.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import se.samverkan.followup.quarterly.Better;
import se.samverkan.followup.quarterly.DefinitionDetails;
import se.samverkan.followup.quarterly.Quarter;
import se.samverkan.followup.quarterly.ReportedBy;
import se.samverkan.followup.quarterly.Unit;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** A quarterly indicator as RUG defines it; {@code version} is required when changing one. */
public class DefinitionRequest {

  static final String QUARTER = "\\s*\\d{4}-[Qq][1-4]\\s*";

  @NotBlank(message = "{quarterly.code.required}")
  @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9_-]{0,39}\\s*", message = "{quarterly.code.format}")
  private String code;

  @NotBlank(message = "{quarterly.name.required}")
  @Size(max = 200, message = "{text.max}")
  private String nameSv;

  @NotBlank(message = "{quarterly.name.required}")
  @Size(max = 200, message = "{text.max}")
  private String nameEn;

  @Size(max = 2000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String description;

  @NotNull(message = "{quarterly.unit.invalid}")
  @Pattern(regexp = "COUNT|PERCENT|PER_1000_INHABITANTS|DAYS|CHANGE_PERCENT", message = "{quarterly.unit.invalid}")
  private String unit;

  @NotNull(message = "{quarterly.better.invalid}")
  @Pattern(regexp = "LOWER|HIGHER", message = "{quarterly.better.invalid}")
  private String better;

  @NotNull(message = "{quarterly.reportedBy.invalid}")
  @Pattern(regexp = "MUNICIPALITIES|REGION", message = "{quarterly.reportedBy.invalid}")
  private String reportedBy;

  @NotBlank(message = "{quarterly.quarter.format}")
  @Pattern(regexp = QUARTER, message = "{quarterly.quarter.format}")
  private String activeFrom;

  @Pattern(regexp = "(" + QUARTER + ")?", message = "{quarterly.quarter.format}")
  private String activeTo;

  private Long version;

  public DefinitionDetails details() {
    return new DefinitionDetails(code, nameSv, nameEn, description, Unit.valueOf(unit), Better.valueOf(better),
        ReportedBy.valueOf(reportedBy), Quarter.parse(activeFrom, "activeFrom"),
        activeTo == null || activeTo.isBlank() ? Optional.empty() : Optional.of(Quarter.parse(activeTo, "activeTo")));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameSv() {
    return nameSv;
  }

  public void setNameSv(String nameSv) {
    this.nameSv = nameSv;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getBetter() {
    return better;
  }

  public void setBetter(String better) {
    this.better = better;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public void setReportedBy(String reportedBy) {
    this.reportedBy = reportedBy;
  }

  public String getActiveFrom() {
    return activeFrom;
  }

  public void setActiveFrom(String activeFrom) {
    this.activeFrom = activeFrom;
  }

  public String getActiveTo() {
    return activeTo;
  }

  public void setActiveTo(String activeTo) {
    this.activeTo = activeTo;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
