package se.samverkan.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/** One question of an {@link IndicatorSet}, owned by the region like its set. */
@Entity
@Table(name = "indicator")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Indicator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "indicator_set_id", nullable = false, updatable = false)
  private long setId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String heading;

  private String guidance;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IndicatorKind kind;

  @Enumerated(EnumType.STRING)
  private IndicatorSource source;

  private String choices;

  @Column(name = "table_columns")
  private String tableColumns;

  @Column(nullable = false)
  private boolean required;

  @Version private long version;

  protected Indicator() {}

  Indicator(long setId, int position, IndicatorDefinition definition) {
    this.setId = setId;
    this.position = position;
    define(definition);
  }

  void define(IndicatorDefinition definition) {
    this.code = definition.code();
    this.heading = definition.heading();
    this.guidance = definition.guidance().orElse(null);
    this.kind = definition.kind();
    this.source = definition.source().orElse(null);
    this.choices = Lines.join(definition.choices());
    this.tableColumns = Lines.join(definition.tableColumns());
    this.required = definition.required();
  }

  void moveTo(int position) {
    this.position = position;
  }

  public IndicatorDefinition definition() {
    return new IndicatorDefinition(code, heading, Optional.ofNullable(guidance), kind, Optional.ofNullable(source),
        Lines.split(choices), Lines.split(tableColumns), required);
  }

  public long id() {
    return id;
  }

  public long setId() {
    return setId;
  }

  public int position() {
    return position;
  }

  public String code() {
    return code;
  }

  public IndicatorKind kind() {
    return kind;
  }

  public List<String> choices() {
    return Lines.split(choices);
  }

  public long version() {
    return version;
  }
}
