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

/** A principal's weight in the split of jointly allocated funds: inhabitants or an agreed share. */
@Entity
@Table(name = "plan_share")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class PlanShare {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Column(name = "party_id", nullable = false, updatable = false)
  private String partyId;

  @Column(nullable = false)
  private long weight;

  protected PlanShare() {}

  PlanShare(long planId, String partyId, long weight) {
    this.planId = planId;
    this.partyId = partyId;
    this.weight = weight;
  }

  public String partyId() {
    return partyId;
  }

  public long weight() {
    return weight;
  }
}
