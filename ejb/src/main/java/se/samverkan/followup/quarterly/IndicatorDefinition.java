package se.samverkan.followup.quarterly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.shared.ConflictException;

/**
 * A quarterly indicator as RUG defines it for the area; the region's row. Parties read it through
 * {@link QuarterlyReading}; this entity is for the region's own writes.
 */
@Entity
@Table(name = "quarterly_indicator")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class IndicatorDefinition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String code;

  @Column(name = "name_sv", nullable = false)
  private String nameSv;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Unit unit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Better better;

  @Enumerated(EnumType.STRING)
  @Column(name = "reported_by", nullable = false)
  private ReportedBy reportedBy;

  @Column(name = "active_from", nullable = false)
  private String activeFrom;

  @Column(name = "active_to")
  private String activeTo;

  @Column(nullable = false)
  private boolean retired;

  @Version private long version;

  protected IndicatorDefinition() {}

  IndicatorDefinition(DefinitionDetails details) {
    describe(details);
  }

  /** Changes what the indicator is; the code stays what the parties' files already use. */
  final void describe(DefinitionDetails details) {
    details.check();
    if (code != null && !code.equals(details.code())) {
      throw new se.samverkan.shared.InvalidInputException("code", "the code of an indicator cannot change");
    }
    code = details.code();
    nameSv = details.nameSv();
    nameEn = details.nameEn();
    description = details.description();
    unit = details.unit();
    better = details.better();
    reportedBy = details.reportedBy();
    activeFrom = details.activeFrom().toString();
    activeTo = details.activeTo().map(Quarter::toString).orElse(null);
  }

  /**
   * No more figures are taken from the given quarter on; the figures reported stay readable. The
   * period ends with the quarter before, unless it ended earlier already.
   */
  void retire(Quarter from) {
    if (retired) {
      throw new ConflictException("The indicator is retired already");
    }
    Quarter last = from.plus(-1);
    Quarter first = Quarter.parse(activeFrom);
    if (last.isBefore(first)) {
      last = first;
    }
    if (activeTo == null || Quarter.parse(activeTo).isAfter(last)) {
      activeTo = last.toString();
    }
    retired = true;
  }

  public long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public long version() {
    return version;
  }

  public boolean retired() {
    return retired;
  }

  public Optional<Quarter> activeTo() {
    return Optional.ofNullable(activeTo).map(Quarter::parse);
  }
}
