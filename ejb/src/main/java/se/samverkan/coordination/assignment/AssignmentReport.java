package se.samverkan.coordination.assignment;

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
import se.samverkan.shared.AccessDeniedException;

/**
 * A group's progress or final report on an assignment, owned by the group's municipality. A draft
 * until the group submits it; then it is fixed, and the region gets a snapshot of it.
 */
@Entity
@Table(name = "assignment_report")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class AssignmentReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assignment_id", nullable = false, updatable = false)
  private long assignmentId;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ReportKind kind;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportStatus status = ReportStatus.DRAFT;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Version private long version;

  protected AssignmentReport() {}

  AssignmentReport(long assignmentId, long groupId, ReportKind kind, String body) {
    this.assignmentId = assignmentId;
    this.groupId = groupId;
    this.kind = kind;
    this.body = body;
  }

  void rewrite(String body) {
    requireDraft();
    this.body = body;
  }

  void submit(OffsetDateTime at) {
    requireDraft();
    this.status = ReportStatus.SUBMITTED;
    this.submittedAt = at;
  }

  private void requireDraft() {
    if (status != ReportStatus.DRAFT) {
      throw new AccessDeniedException("The report has been submitted and can no longer be changed");
    }
  }

  public long id() {
    return id;
  }

  public long assignmentId() {
    return assignmentId;
  }

  public long groupId() {
    return groupId;
  }

  public ReportKind kind() {
    return kind;
  }

  public String body() {
    return body;
  }

  public ReportStatus status() {
    return status;
  }

  public Optional<OffsetDateTime> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public long version() {
    return version;
  }
}
