package se.samverkan.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/** A municipality's own escalation ladder, once it has written one (else {@link LadderStep#AGREEMENT}). */
@Entity
@Table(name = "dispute_ladder")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class EscalationLadder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Convert(converter = LadderStepsConverter.class)
  @Column(nullable = false)
  private List<LadderStep> steps;

  @Version private long version;

  protected EscalationLadder() {}

  EscalationLadder(List<LadderStep> steps) {
    this.steps = List.copyOf(steps);
  }

  void replace(List<LadderStep> steps) {
    this.steps = List.copyOf(steps);
  }

  public List<LadderStep> steps() {
    return steps;
  }

  public long version() {
    return version;
  }
}
