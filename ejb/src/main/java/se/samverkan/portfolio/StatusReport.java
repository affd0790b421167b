package se.samverkan.portfolio;

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

/** A project's status in one reporting period (e.g. "2026 T1"), with a comment. One per period. */
@Entity
@Table(name = "project_status")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class StatusReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false, updatable = false)
  private long projectId;

  @Column(nullable = false, updatable = false)
  private String period;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Rag status;

  private String comment;

  @Column(name = "reported_at", nullable = false)
  private OffsetDateTime reportedAt;

  protected StatusReport() {}

  StatusReport(long projectId, String period, Rag status, String comment, OffsetDateTime reportedAt) {
    this.projectId = projectId;
    this.period = period;
    rewrite(status, comment, reportedAt);
  }

  void rewrite(Rag status, String comment, OffsetDateTime reportedAt) {
    this.status = status;
    this.comment = comment;
    this.reportedAt = reportedAt;
  }

  public long projectId() {
    return projectId;
  }

  public String period() {
    return period;
  }

  public Rag status() {
    return status;
  }

  public String comment() {
    return comment;
  }

  public OffsetDateTime reportedAt() {
    return reportedAt;
  }
}
