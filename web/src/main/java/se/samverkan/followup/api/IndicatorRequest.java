package se.samverkan.followup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverkan.followup.IndicatorDefinition;
import se.samverkan.followup.IndicatorKind;
import se.samverkan.followup.IndicatorSource;

/** An indicator as RUG writes it; position (1 = first) and version when it is changed. */
public class IndicatorRequest {

  @NotBlank(message = "{followup.indicator.code.required}")
  @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{followup.indicator.code.invalid}")
  private String code;

  @NotBlank(message = "{followup.indicator.heading.required}")
  @Size(max = 300, message = "{text.max}")
  private String heading;

  @Size(max = 4000, message = "{text.max}")
  private String guidance;

  @NotBlank(message = "{followup.indicator.kind.invalid}")
  @Pattern(regexp = "TEXT|NUMBER|RECORDED_COUNT|CHOICE|TABLE", message = "{followup.indicator.kind.invalid}")
  private String kind;

  @Pattern(regexp = "DEVIATIONS_BY_CATEGORY|DISPUTES|STRUCTURE_CHANGES|ASSIGNMENT_REPORTS",
      message = "{followup.indicator.source.invalid}")
  private String source;

  private List<@Size(max = 300, message = "{text.max}") String> choices = new ArrayList<>();

  private List<@Size(max = 300, message = "{text.max}") String> tableColumns = new ArrayList<>();

  private Boolean required;

  private Integer position;

  private Long version;

  IndicatorDefinition definition() {
    return new IndicatorDefinition(code, heading, Optional.ofNullable(guidance), IndicatorKind.valueOf(kind),
        Optional.ofNullable(source).filter(s -> !s.isBlank()).map(IndicatorSource::valueOf),
        choices == null ? List.of() : choices, tableColumns == null ? List.of() : tableColumns,
        required == null || required);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getHeading() {
    return heading;
  }

  public void setHeading(String heading) {
    this.heading = heading;
  }

  public String getGuidance() {
    return guidance;
  }

  public void setGuidance(String guidance) {
    this.guidance = guidance;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public List<String> getChoices() {
    return choices;
  }

  public void setChoices(List<String> choices) {
    this.choices = choices;
  }

  public List<String> getTableColumns() {
    return tableColumns;
  }

  public void setTableColumns(List<String> tableColumns) {
    this.tableColumns = tableColumns;
  }

  public Boolean getRequired() {
    return required;
  }

  public void setRequired(Boolean required) {
    this.required = required;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
