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

/** A joint initiative (A, A.a, B, ...) that activities of the plan refer to. */
@Entity
@Table(name = "plan_initiative")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class PlanInitiative {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String title;

  @Version private long version;

  protected PlanInitiative() {}

  PlanInitiative(long planId, String code, String title) {
    this.planId = planId;
    this.code = code;
    this.title = title;
  }

  public long id() {
    return id;
  }

  public long planId() {
    return planId;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }
}
