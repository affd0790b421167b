package se.samverkan.coordination.analysis.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.coordination.analysis.LocalAnalysis;
import se.samverkan.coordination.analysis.SectionContent;
import se.samverkan.shared.NoPersonalIdentityNumber;

/**
 * One target group's part of an analysis as the API and the form receive it. The target group
 * stays text so an unknown one is a field error. A class: see {@link AnalysisRequest}.
 */
public class SectionRequest {

  @NotNull(message = "{analysis.targetGroup.required}")
  @Pattern(regexp = "CHILDREN|YOUNG_ADULTS_PLACED|MENTAL_DISABILITY|SUBSTANCE_USE",
      message = "{analysis.targetGroup.unknown}")
  private String targetGroup;

  @Size(max = LocalAnalysis.MAX_TEXT, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String currentPicture;

  @Size(max = LocalAnalysis.MAX_TEXT, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String workingWell;

  @Size(max = LocalAnalysis.MAX_TEXT, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String gapsAndRisks;

  @Size(max = LocalAnalysis.MAX_TEXT, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String priorities;

  public SectionRequest() {}

  static SectionRequest of(SectionContent content) {
    SectionRequest request = new SectionRequest();
    request.targetGroup = content.targetGroup().name();
    request.currentPicture = content.currentPicture();
    request.workingWell = content.workingWell();
    request.gapsAndRisks = content.gapsAndRisks();
    request.priorities = content.priorities();
    return request;
  }

  /** An empty section for a target group, for the form. */
  public static SectionRequest empty(TargetGroup targetGroup) {
    SectionRequest request = new SectionRequest();
    request.targetGroup = targetGroup.name();
    return request;
  }

  /** What the input says; call only on valid input. */
  SectionContent content() {
    return new SectionContent(
        TargetGroup.valueOf(targetGroup), currentPicture, workingWell, gapsAndRisks, priorities);
  }

  public String getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(String targetGroup) {
    this.targetGroup = targetGroup;
  }

  public String getCurrentPicture() {
    return currentPicture;
  }

  public void setCurrentPicture(String currentPicture) {
    this.currentPicture = currentPicture;
  }

  public String getWorkingWell() {
    return workingWell;
  }

  public void setWorkingWell(String workingWell) {
    this.workingWell = workingWell;
  }

  public String getGapsAndRisks() {
    return gapsAndRisks;
  }

  public void setGapsAndRisks(String gapsAndRisks) {
    this.gapsAndRisks = gapsAndRisks;
  }

  public String getPriorities() {
    return priorities;
  }

  public void setPriorities(String priorities) {
    this.priorities = priorities;
  }
}
