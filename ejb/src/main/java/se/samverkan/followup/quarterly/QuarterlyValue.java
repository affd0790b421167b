package se.samverkan.followup.quarterly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/** One party's figure of one indicator for one quarter: the party's own row. */
@Entity
@Table(name = "quarterly_value")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class QuarterlyValue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The region's indicator: a plain reference, checked by a restrictive policy (own area only). */
  @Column(name = "indicator_id", nullable = false)
  private long indicatorId;

  @Column(nullable = false)
  private String quarter;

  @Column(nullable = false, precision = 14, scale = 3)
  private BigDecimal value;

  @Version private long version;

  protected QuarterlyValue() {}

  QuarterlyValue(long indicatorId, Quarter quarter, BigDecimal value) {
    this.indicatorId = indicatorId;
    this.quarter = quarter.toString();
    this.value = value;
  }

  /** A corrected figure; true when it differs from the one reported before. */
  boolean correct(BigDecimal figure) {
    if (value.compareTo(figure) == 0) {
      return false;
    }
    value = figure;
    return true;
  }

  public long id() {
    return id;
  }

  public long indicatorId() {
    return indicatorId;
  }

  public Quarter quarter() {
    return Quarter.parse(quarter);
  }

  public BigDecimal value() {
    return value;
  }

  public long version() {
    return version;
  }
}
