package se.samverkan.coordination.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.coordination.GroupKind;

/**
 * A development assignment, owned by the region that gives it. Mapped as the region's own data:
 * only the region's space reads and writes it through JPA. The municipalities it is addressed to
 * read it as an {@link AddressedAssignment}, through {@link AddressedAssignments}, because the
 * tenant discriminator would (rightly) hide a region-owned row from a municipality's session.
 */
@Entity
@Table(name = "assignment")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Assignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String description;

  @Column(name = "agreement_ref")
  private String agreementRef;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_kind")
  private GroupKind targetKind;

  @Version private long version;

  protected Assignment() {}

  Assignment(AssignmentDetails details) {
    describe(details);
  }

  void describe(AssignmentDetails details) {
    this.description = details.description();
    this.agreementRef = details.agreementRef();
    this.dueDate = details.dueDate();
    this.targetKind = details.targetKind().orElse(null);
  }

  public long id() {
    return id;
  }

  public String description() {
    return description;
  }

  public Optional<String> agreementRef() {
    return Optional.ofNullable(agreementRef);
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  /** Every group of this kind in the area; empty when the groups were chosen one by one. */
  public Optional<GroupKind> targetKind() {
    return Optional.ofNullable(targetKind);
  }

  public long version() {
    return version;
  }
}
