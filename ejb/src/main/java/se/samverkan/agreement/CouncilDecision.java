package se.samverkan.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import java.time.LocalDate;

/**
 * A party's council decision on a version, owned by the party. The version is the region's row,
 * so it is referred to by id only (a many-to-one would be loaded under the party's tenant and
 * not be found).
 */
@Entity
@Table(name = "agreement_decision")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class CouncilDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "version_id", nullable = false)
  private long versionId;

  @Column(nullable = false)
  private String body;

  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;

  @Column(nullable = false)
  private String reference;

  @Version private long version;

  protected CouncilDecision() {}

  CouncilDecision(long versionId, DecisionDetails details) {
    this.versionId = versionId;
    record(details);
  }

  void record(DecisionDetails details) {
    this.body = details.body();
    this.decidedOn = details.decidedOn();
    this.reference = details.reference();
  }

  public long id() {
    return id;
  }

  public long version() {
    return version;
  }
}
