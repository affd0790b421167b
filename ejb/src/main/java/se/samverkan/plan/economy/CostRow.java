package se.samverkan.plan.economy;

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
import java.util.Optional;
import se.samverkan.shared.Money;

/** One cost of a plan's year. */
@Entity
@Table(name = "plan_cost")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class CostRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Column(nullable = false)
  private int year;

  @Column(name = "activity_id")
  private Long activityId;

  @Column(name = "cost_type", nullable = false)
  private String costType;

  @Column(name = "amount_ore", nullable = false)
  private long amountOre;

  private String comment;

  @Version private long version;

  protected CostRow() {}

  public CostRow(long planId, CostDetails details) {
    this.planId = planId;
    describe(details);
  }

  public void describe(CostDetails details) {
    this.year = details.year();
    this.activityId = details.activityId().orElse(null);
    this.costType = details.costType();
    this.amountOre = details.amount().ore();
    this.comment = details.comment();
  }

  public long id() {
    return id;
  }

  public long planId() {
    return planId;
  }

  public int year() {
    return year;
  }

  public Optional<Long> activityId() {
    return Optional.ofNullable(activityId);
  }

  public String costType() {
    return costType;
  }

  public Money amount() {
    return Money.ofOre(amountOre);
  }

  public String comment() {
    return comment;
  }

  public long version() {
    return version;
  }
}
