package se.samverkan.deviation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samverkan.shared.DeIdentified;

/** The group's analysis of a deviation at one of its meetings, and its conclusion. */
public class AnalysisRequest {

  @NotNull(message = "{deviation.meeting.required}")
  private Long meetingId;

  @NotBlank(message = "{deviation.text.required}")
  @Size(max = 4000, message = "{text.max}")
  @DeIdentified
  private String analysis;

  @NotNull(message = "{deviation.conclusion.invalid}")
  @Pattern(regexp = "LOCAL_IMPROVEMENT|RAISE_TO_RUG", message = "{deviation.conclusion.invalid}")
  private String conclusion;

  @NotNull(message = "{version.required}")
  private Long version;

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }

  public String getAnalysis() {
    return analysis;
  }

  public void setAnalysis(String analysis) {
    this.analysis = analysis;
  }

  public String getConclusion() {
    return conclusion;
  }

  public void setConclusion(String conclusion) {
    this.conclusion = conclusion;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
