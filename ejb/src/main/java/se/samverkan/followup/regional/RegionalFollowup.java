package se.samverkan.followup.regional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * RUG's own texts on one regional follow-up (year and target group): the summary and the
 * regional priorities for next year. The figures are not here: they are computed from the
 * approved reports until published.
 */
@Entity
@Table(name = "regional_followup")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class RegionalFollowup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private int year;

  @Column(name = "group_kind", nullable = false)
  private String groupKind;

  private String summary;

  private String priorities;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private long version;

  protected RegionalFollowup() {}

  RegionalFollowup(int year, Audience audience) {
    this.year = year;
    this.groupKind = audience.groupKind().name();
  }

  void write(String summary, String priorities, OffsetDateTime at, String by) {
    this.summary = blankIsNull(summary);
    this.priorities = blankIsNull(priorities);
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public long id() {
    return id;
  }

  public String summary() {
    return summary;
  }

  public String priorities() {
    return priorities;
  }

  public long version() {
    return version;
  }

  private static String blankIsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
