package se.samverkan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import java.time.OffsetDateTime;

/** How an activity stood in one reporting period, with a comment. One per period. */
@Entity
@Table(name = "activity_progress")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class ActivityProgress {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "activity_id", nullable = false, updatable = false)
  private long activityId;

  @Column(nullable = false, updatable = false)
  private String period;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActivityStatus status;

  @Column(nullable = false)
  private String comment;

  @Column(name = "written_at", nullable = false)
  private OffsetDateTime writtenAt;

  protected ActivityProgress() {}

  ActivityProgress(long activityId, String period, ActivityStatus status, String comment, OffsetDateTime writtenAt) {
    this.activityId = activityId;
    this.period = period;
    rewrite(status, comment, writtenAt);
  }

  void rewrite(ActivityStatus status, String comment, OffsetDateTime writtenAt) {
    this.status = status;
    this.comment = comment;
    this.writtenAt = writtenAt;
  }

  public long activityId() {
    return activityId;
  }

  public String period() {
    return period;
  }

  public ActivityStatus status() {
    return status;
  }

  public String comment() {
    return comment;
  }

  public OffsetDateTime writtenAt() {
    return writtenAt;
  }
}
