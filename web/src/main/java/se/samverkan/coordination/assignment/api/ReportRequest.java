package se.samverkan.coordination.assignment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A group's report as the API and the report form receive it: its kind when it is written
 * (PROGRESS or FINAL), its text, and on a change the version read. A class, not a record (see
 * {@link AssignmentRequest}).
 */
public class ReportRequest {

  @Pattern(regexp = "PROGRESS|FINAL", message = "{assignment.report.kind.invalid}")
  private String kind;

  @NotBlank(message = "{assignment.report.body.required}")
  @Size(max = 10000, message = "{text.max}")
  private String body;

  private Long version;

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
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
