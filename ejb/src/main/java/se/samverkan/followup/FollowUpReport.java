package se.samverkan.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * A group's follow-up of one year, owned by the group's municipality, made on the indicator set
 * that applied when it was started (and kept whatever RUG changes later). Its own status is the
 * party's last move (draft or sent); RUG's verdict lives in the region's {@link Submission}, so
 * whether it may be edited is decided with the latest submission ({@link ReportState}).
 */
@Entity
@Table(name = "followup_report")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class FollowUpReport {

  /** The party's last move on its report. */
  public enum Status { DRAFT, SUBMITTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Column(nullable = false, updatable = false)
  private int year;

  @Column(name = "indicator_set_id", nullable = false, updatable = false)
  private long setId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.DRAFT;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private long version;

  protected FollowUpReport() {}

  FollowUpReport(long groupId, int year, long setId, OffsetDateTime createdAt, String createdBy) {
    this.groupId = groupId;
    this.year = year;
    this.setId = setId;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /** An answer changed: the report's version moves; a returned or reopened report is a draft again. */
  void edited(OffsetDateTime at, String by) {
    this.updatedAt = at;
    this.updatedBy = by;
    this.status = Status.DRAFT;
    this.submittedAt = null;
    this.submittedBy = null;
  }

  void submit(OffsetDateTime at, String by) {
    this.status = Status.SUBMITTED;
    this.submittedAt = at;
    this.submittedBy = by;
  }

  public long id() {
    return id;
  }

  public long groupId() {
    return groupId;
  }

  public int year() {
    return year;
  }

  public long setId() {
    return setId;
  }

  public Status status() {
    return status;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Optional<OffsetDateTime> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<String> submittedBy() {
    return Optional.ofNullable(submittedBy);
  }

  public Optional<OffsetDateTime> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  public Optional<String> updatedBy() {
    return Optional.ofNullable(updatedBy);
  }

  public long version() {
    return version;
  }
}
