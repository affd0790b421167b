package se.samverkan.coordination.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.coordination.CoordinationGroup;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;

/**
 * A group's analysis of one year. Written as a draft, then completed for the annual follow-up;
 * a completed analysis is not changed until its group's leaders reopen it.
 */
@Entity
@Table(name = "local_analysis")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class LocalAnalysis {

  /** The longest text of one field; the table checks the same. */
  public static final int MAX_TEXT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private CoordinationGroup group;

  @Column(name = "year", nullable = false, updatable = false)
  private int year;

  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AnalysisStatus status = AnalysisStatus.DRAFT;

  // OffsetDateTime, not Instant: Payara's EclipseLink (JPA 3.1) maps no Instant and would send bytes
  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  /** Changes with every write, so a write that changes only sections still gets a new version. */
  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  @Version private long version;

  protected LocalAnalysis() {}

  LocalAnalysis(CoordinationGroup group, FollowUpYear year) {
    this.group = group;
    this.year = year.value();
  }

  /**
   * Replaces what the analysis says. Its sections are passed in and the changes handed back
   * rather than mapped as a collection: EclipseLink 4 loads a multitenant entity's collection
   * without the tenant, so the service reads and stores them with queries. Sections are kept per
   * target group, so an unchanged target group keeps its row; a section left empty is dropped.
   *
   * @param current the analysis's sections as stored
   */
  SectionChanges write(AnalysisContent content, List<AnalysisSection> current, Instant now) {
    requireDraft();
    this.changedAt = utc(now);
    this.summary = content.summary();
    Map<TargetGroup, SectionContent> written = new EnumMap<>(TargetGroup.class);
    for (SectionContent section : content.sections()) {
      if (!section.isEmpty()) {
        written.put(section.targetGroup(), section);
      }
    }
    List<AnalysisSection> removed = new ArrayList<>();
    for (AnalysisSection section : current) {
      SectionContent rewritten = written.remove(section.targetGroup());
      if (rewritten == null) {
        removed.add(section);
      } else {
        section.write(rewritten);
      }
    }
    List<AnalysisSection> added =
        written.values().stream().map(section -> new AnalysisSection(this, section)).toList();
    return new SectionChanges(added, removed);
  }

  /** Sections to store and to delete after a write. */
  record SectionChanges(List<AnalysisSection> added, List<AnalysisSection> removed) {}

  /** Done for the year's follow-up; it needs at least its summary. */
  void complete(Instant now) {
    requireDraft();
    if (summary == null) {
      throw new InvalidInputException("summary", "write the summary before completing the analysis");
    }
    this.status = AnalysisStatus.COMPLETED;
    this.completedAt = utc(now);
  }

  /** Back to draft, to be changed again. */
  void reopen() {
    if (status != AnalysisStatus.COMPLETED) {
      throw new ConflictException("the analysis is not completed, so there is nothing to reopen");
    }
    this.status = AnalysisStatus.DRAFT;
    this.completedAt = null;
  }

  private void requireDraft() {
    if (status == AnalysisStatus.COMPLETED) {
      throw new ConflictException("the analysis is completed; reopen it before changing it");
    }
  }

  public long id() {
    return id;
  }

  public long version() {
    return version;
  }

  CoordinationGroup group() {
    return group;
  }

  FollowUpYear year() {
    return new FollowUpYear(year);
  }

  AnalysisStatus status() {
    return status;
  }

  Instant changedAt() {
    return changedAt.toInstant();
  }

  Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt).map(OffsetDateTime::toInstant);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** What the analysis says, with its sections as stored. */
  AnalysisContent content(List<AnalysisSection> sections) {
    return new AnalysisContent(summary, sections.stream()
        .map(AnalysisSection::content)
        .sorted(Comparator.comparing(SectionContent::targetGroup))
        .toList());
  }
}
