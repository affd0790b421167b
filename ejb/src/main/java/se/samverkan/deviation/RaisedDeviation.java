package se.samverkan.deviation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.coordination.GroupKind;
import se.samverkan.coordination.TargetGroup;

/**
 * The region's copy of a deviation a group raised to RUG: the de-identified summary and its
 * classification, never the description. Written only by {@code raise_deviation_to_rug}.
 */
@Entity
@Table(name = "deviation_raised")
@ReadOnly
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class RaisedDeviation {

  @Id private Long id;

  @Column(name = "party_id")
  private String partyId;

  @Column(name = "group_id")
  private long groupId;

  @Column(name = "group_name")
  private String groupName;

  @Enumerated(EnumType.STRING)
  @Column(name = "group_kind")
  private GroupKind groupKind;

  @Column(name = "deviation_id")
  private long deviationId;

  @Column(name = "occurred_on")
  private LocalDate occurredOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_group")
  private TargetGroup targetGroup;

  @Column(name = "agreement_section")
  private String agreementSection;

  @Enumerated(EnumType.STRING)
  private DeviationCategory category;

  private String summary;

  @Column(name = "raised_by")
  private String raisedBy;

  @Column(name = "raised_at")
  private OffsetDateTime raisedAt;

  protected RaisedDeviation() {}

  public long id() {
    return id;
  }

  public String partyId() {
    return partyId;
  }

  public long groupId() {
    return groupId;
  }

  public String groupName() {
    return groupName;
  }

  public GroupKind groupKind() {
    return groupKind;
  }

  public long deviationId() {
    return deviationId;
  }

  public LocalDate occurredOn() {
    return occurredOn;
  }

  public TargetGroup targetGroup() {
    return targetGroup;
  }

  public String agreementSection() {
    return agreementSection;
  }

  public DeviationCategory category() {
    return category;
  }

  public String summary() {
    return summary;
  }

  public String raisedBy() {
    return raisedBy;
  }

  public Instant raisedAt() {
    return raisedAt.toInstant();
  }
}
