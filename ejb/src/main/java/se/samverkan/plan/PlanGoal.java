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

/** A numbered goal of a plan; its activities are numbered under it (1.1, 1.2, ...). */
@Entity
@Table(name = "plan_goal")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class PlanGoal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false)
  private String title;

  private String description;

  @Version private long version;

  protected PlanGoal() {}

  PlanGoal(long planId, int number, String title, String description) {
    this.planId = planId;
    describe(number, title, description);
  }

  void describe(int number, String title, String description) {
    this.number = number;
    this.title = title;
    this.description = description;
  }

  public long id() {
    return id;
  }

  public long planId() {
    return planId;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public long version() {
    return version;
  }
}
