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

/** A commitment (åtagande) of a project, with its status, a comment and its activities. */
@Entity
@Table(name = "project_commitment")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Commitment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false, updatable = false)
  private long projectId;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CommitmentStatus status;

  private String comment;

  private String activities;

  @Version private long version;

  protected Commitment() {}

  Commitment(long projectId, String title, CommitmentStatus status, String comment, String activities) {
    this.projectId = projectId;
    describe(title, status, comment, activities);
  }

  void describe(String title, CommitmentStatus status, String comment, String activities) {
    this.title = title;
    this.status = status;
    this.comment = comment;
    this.activities = activities;
  }

  public long id() {
    return id;
  }

  public long projectId() {
    return projectId;
  }

  public String title() {
    return title;
  }

  public CommitmentStatus status() {
    return status;
  }

  public String comment() {
    return comment;
  }

  public String activities() {
    return activities;
  }

  public long version() {
    return version;
  }
}
