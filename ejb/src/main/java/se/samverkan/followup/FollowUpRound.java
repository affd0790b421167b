package se.samverkan.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/** RUG's round of one follow-up year: the deadline the groups report by. Owned by the region. */
@Entity
@Table(name = "followup_round")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class FollowUpRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private int year;

  @Column(nullable = false)
  private LocalDate deadline;

  @Version private long version;

  protected FollowUpRound() {}

  FollowUpRound(int year, LocalDate deadline) {
    this.year = year;
    this.deadline = deadline;
  }

  void moveDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public long id() {
    return id;
  }

  public int year() {
    return year;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public long version() {
    return version;
  }
}
