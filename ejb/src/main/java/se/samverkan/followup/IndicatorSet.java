package se.samverkan.followup;

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
 * RUG's indicators from one follow-up year on: the set for year Y is the one with the greatest
 * {@code validFromYear <= Y}. Owned by the region; the area's parties read it through
 * {@link AreaIndicators}. A set some report uses is never changed: RUG makes a new one.
 */
@Entity
@Table(name = "indicator_set")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class IndicatorSet {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "valid_from_year", nullable = false, updatable = false)
  private int validFromYear;

  @Column(nullable = false)
  private String name;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected IndicatorSet() {}

  IndicatorSet(int validFromYear, String name, OffsetDateTime createdAt) {
    this.validFromYear = validFromYear;
    this.name = name;
    this.createdAt = createdAt;
  }

  void rename(String name) {
    this.name = name;
  }

  public long id() {
    return id;
  }

  public int validFromYear() {
    return validFromYear;
  }

  public String name() {
    return name;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
