package se.samverkan.coordination;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/** A local strategic coordination group of one municipality. */
@Entity
@Table(name = "coordination_group")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class CoordinationGroup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GroupKind kind;

  @Column(nullable = false)
  private String name;

  private String purpose;

  @Convert(converter = TargetGroupsConverter.class)
  @Column(name = "target_groups", nullable = false)
  private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GroupStatus status = GroupStatus.ACTIVE;

  @Version private long version;

  protected CoordinationGroup() {}

  /** A group the municipality adds itself, beside its provisioned SSGB and SSGV. */
  CoordinationGroup(GroupDetails details) {
    this.kind = GroupKind.OTHER;
    describe(details);
  }

  void describe(GroupDetails details) {
    this.name = details.name();
    this.purpose = details.purpose();
    this.targetGroups = EnumSet.noneOf(TargetGroup.class);
    this.targetGroups.addAll(details.targetGroups());
    this.status = details.status();
  }

  public GroupDetails details() {
    return new GroupDetails(name, purpose, targetGroups, status);
  }

  public long id() {
    return id;
  }

  public GroupKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public long version() {
    return version;
  }
}
