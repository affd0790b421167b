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

/** One source of money for a plan's year. */
@Entity
@Table(name = "plan_financing")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class FinancingRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Column(nullable = false)
  private int year;

  @Column(name = "activity_id")
  private Long activityId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FinancingSource source;

  @Column(name = "grant_year")
  private Integer grantYear;

  @Column(name = "amount_ore", nullable = false)
  private long amountOre;

  private String comment;

  @Version private long version;

  protected FinancingRow() {}

  public FinancingRow(long planId, FinancingDetails details) {
    this.planId = planId;
    describe(details);
  }

  public void describe(FinancingDetails details) {
    this.year = details.year();
    this.activityId = details.activityId().orElse(null);
    this.source = details.source();
    this.grantYear = details.grantYear().orElse(null);
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

  public FinancingSource source() {
    return source;
  }

  public Optional<Integer> grantYear() {
    return Optional.ofNullable(grantYear);
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
