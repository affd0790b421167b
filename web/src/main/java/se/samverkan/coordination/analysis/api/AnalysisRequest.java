package se.samverkan.coordination.analysis.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.coordination.analysis.AnalysisContent;
import se.samverkan.coordination.analysis.AnalysisDetails;
import se.samverkan.coordination.analysis.LocalAnalysis;
import se.samverkan.shared.NoPersonalIdentityNumber;

/**
 * An analysis as the API and the analysis form receive it: the summary, a section per target
 * group, and the version last read ({@code null} to start the year's analysis).
 *
 * <p>A class, not a record: Payara's OpenAPI generator fails on constraints of record components.
 */
public class AnalysisRequest {

  @Size(max = LocalAnalysis.MAX_TEXT, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String summary;

  private List<@NotNull @Valid SectionRequest> sections = new ArrayList<>();

  private Long version;

  public AnalysisRequest() {}

  /** The form filled with what is recorded, to change it. */
  public static AnalysisRequest of(AnalysisDetails analysis) {
    AnalysisRequest request = new AnalysisRequest();
    request.summary = analysis.content().summary();
    request.sections = new ArrayList<>(analysis.content().sections().stream().map(SectionRequest::of).toList());
    request.version = analysis.version();
    return request;
  }

  /** What the input says; call only on valid input. */
  public AnalysisContent content() {
    return new AnalysisContent(summary,
        sections == null ? List.of() : sections.stream().map(SectionRequest::content).toList());
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public List<SectionRequest> getSections() {
    return sections;
  }

  public void setSections(List<SectionRequest> sections) {
    this.sections = sections;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
