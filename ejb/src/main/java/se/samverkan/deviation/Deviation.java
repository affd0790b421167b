package se.samverkan.deviation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.shared.ConflictException;

/**
 * A deviation brought to a group. Its texts were checked by the de-identification guard before
 * they got here. Moves only forward: brought, analysed at a meeting, closed; raised to RUG once,
 * when the group concluded it is a regional fault.
 */
@Entity
@Table(name = "deviation")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Deviation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Column(name = "occurred_on", nullable = false)
  private LocalDate occurredOn;

  @Column(name = "reporting_organisation", nullable = false, updatable = false)
  private String reportingOrganisation;

  @Column(name = "reporting_unit", nullable = false)
  private String reportingUnit;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_group", nullable = false)
  private TargetGroup targetGroup;

  @Column(name = "agreement_section", nullable = false)
  private String agreementSection;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeviationCategory category;

  @Column(nullable = false)
  private String description;

  @Column(name = "actions_taken", nullable = false)
  private String actionsTaken;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeviationStatus status = DeviationStatus.BROUGHT;

  @Column(name = "brought_by", nullable = false, updatable = false)
  private String broughtBy;

  @Column(name = "brought_at", nullable = false, updatable = false)
  private OffsetDateTime broughtAt;

  @Column(name = "meeting_id")
  private Long meetingId;

  private String analysis;

  @Enumerated(EnumType.STRING)
  private Conclusion conclusion;

  @Column(name = "analysed_by")
  private String analysedBy;

  @Column(name = "analysed_at")
  private OffsetDateTime analysedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "rug_summary")
  private String rugSummary;

  @Column(name = "raised_by")
  private String raisedBy;

  @Column(name = "raised_at")
  private OffsetDateTime raisedAt;

  @Version private long version;

  protected Deviation() {}

  Deviation(long groupId, String reportingOrganisation, DeviationReport report, String broughtBy, Instant at) {
    this.groupId = groupId;
    this.reportingOrganisation = reportingOrganisation;
    this.occurredOn = report.occurredOn();
    this.reportingUnit = report.reportingUnit().strip();
    this.targetGroup = report.targetGroup();
    this.agreementSection = report.agreementSection().strip();
    this.category = report.category();
    this.description = report.description().strip();
    this.actionsTaken = report.actionsTaken().strip();
    this.broughtBy = broughtBy;
    this.broughtAt = utc(at);
  }

  /** The group discussed it at one of its meetings and wrote its analysis and conclusion. */
  void analyse(long meetingId, String analysis, Conclusion conclusion, String by, Instant at) {
    if (status != DeviationStatus.BROUGHT) {
      throw new ConflictException("The deviation has already been analysed");
    }
    this.meetingId = meetingId;
    this.analysis = analysis.strip();
    this.conclusion = conclusion;
    this.analysedBy = by;
    this.analysedAt = utc(at);
    this.status = DeviationStatus.ANALYSED;
  }

  void close(String by, Instant at) {
    if (status != DeviationStatus.ANALYSED) {
      throw new ConflictException(status == DeviationStatus.CLOSED
          ? "The deviation is already closed" : "A deviation is analysed before it is closed");
    }
    this.closedBy = by;
    this.closedAt = utc(at);
    this.status = DeviationStatus.CLOSED;
  }

  /** The deliberate act of sharing a de-identified summary with the region; once. */
  void raiseToRug(String summary, String by, Instant at) {
    if (conclusion != Conclusion.RAISE_TO_RUG) {
      throw new ConflictException("Only a deviation the group concluded is a regional fault is raised to RUG");
    }
    if (raisedAt != null) {
      throw new ConflictException("The deviation has already been raised to RUG");
    }
    this.rugSummary = summary.strip();
    this.raisedBy = by;
    this.raisedAt = utc(at);
  }

  /** The database keeps microseconds: what is answered now must equal what is read later. */
  private static OffsetDateTime utc(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  public long id() {
    return id;
  }

  public long groupId() {
    return groupId;
  }

  public LocalDate occurredOn() {
    return occurredOn;
  }

  public String reportingOrganisation() {
    return reportingOrganisation;
  }

  public String reportingUnit() {
    return reportingUnit;
  }

  public TargetGroup targetGroup() {
    return targetGroup;
  }

  public String agreementSection() {
    return agreementSection;
  }

  public DeviationCategory category() {
    return category;
  }

  public String description() {
    return description;
  }

  public String actionsTaken() {
    return actionsTaken;
  }

  public DeviationStatus status() {
    return status;
  }

  public String broughtBy() {
    return broughtBy;
  }

  public Instant broughtAt() {
    return broughtAt.toInstant();
  }

  public Optional<Long> meetingId() {
    return Optional.ofNullable(meetingId);
  }

  public Optional<String> analysis() {
    return Optional.ofNullable(analysis);
  }

  public Optional<Conclusion> conclusion() {
    return Optional.ofNullable(conclusion);
  }

  public Optional<String> analysedBy() {
    return Optional.ofNullable(analysedBy);
  }

  public Optional<Instant> analysedAt() {
    return Optional.ofNullable(analysedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<String> closedBy() {
    return Optional.ofNullable(closedBy);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<String> rugSummary() {
    return Optional.ofNullable(rugSummary);
  }

  public Optional<String> raisedBy() {
    return Optional.ofNullable(raisedBy);
  }

  public Optional<Instant> raisedAt() {
    return Optional.ofNullable(raisedAt).map(OffsetDateTime::toInstant);
  }

  public boolean isRaised() {
    return raisedAt != null;
  }

  public long version() {
    return version;
  }
}
