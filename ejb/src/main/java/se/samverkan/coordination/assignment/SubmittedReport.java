package se.samverkan.coordination.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.coordination.GroupKind;

/**
 * The region's snapshot of a report a group submitted: what RUG reads, never the group's own row.
 * Written only by the database function {@code submit_assignment_report}; read-only here.
 */
@Entity
@Table(name = "assignment_report_snapshot")
@ReadOnly
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class SubmittedReport {

  @Id private Long id;

  @Column(name = "assignment_id")
  private long assignmentId;

  @Column(name = "party_id")
  private String partyId;

  @Column(name = "group_id")
  private long groupId;

  @Column(name = "group_name")
  private String groupName;

  @Enumerated(EnumType.STRING)
  @Column(name = "group_kind")
  private GroupKind groupKind;

  @Column(name = "report_id")
  private long reportId;

  @Enumerated(EnumType.STRING)
  private ReportKind kind;

  private String body;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  protected SubmittedReport() {}

  public long id() {
    return id;
  }

  public long assignmentId() {
    return assignmentId;
  }

  public String partyId() {
    return partyId;
  }

  public long groupId() {
    return groupId;
  }

  public String groupName() {
    return groupName;
  }

  public GroupKind groupKind() {
    return groupKind;
  }

  public long reportId() {
    return reportId;
  }

  public ReportKind kind() {
    return kind;
  }

  public String body() {
    return body;
  }

  public OffsetDateTime submittedAt() {
    return submittedAt;
  }
}
