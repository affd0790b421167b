package se.samverkan.coordination.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/** A group RUG chose for an assignment: owned by the region, read by the group's party. */
@Entity
@Table(name = "assignment_target")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class AssignmentTarget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
  private Assignment assignment;

  @Column(name = "party_id", nullable = false, updatable = false)
  private String partyId;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  protected AssignmentTarget() {}

  AssignmentTarget(Assignment assignment, AreaGroup group) {
    this.assignment = assignment;
    this.partyId = group.party();
    this.groupId = group.id();
  }

  public long groupId() {
    return groupId;
  }
}
