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

/** A row of the responsibility matrix: for one target group, the region's and the municipality's part. */
@Entity
@Table(name = "agreement_responsibility")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Responsibility {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private AgreementVersion agreementVersion;

  @Column(nullable = false)
  private int position;

  @Column(name = "target_group", nullable = false)
  private String targetGroup;

  @Column(name = "region_part", nullable = false)
  private String regionPart;

  @Column(name = "municipality_part", nullable = false)
  private String municipalityPart;

  protected Responsibility() {}

  Responsibility(AgreementVersion agreementVersion, int position, String targetGroup, String regionPart,
      String municipalityPart) {
    this.agreementVersion = agreementVersion;
    this.position = position;
    this.targetGroup = targetGroup;
    this.regionPart = regionPart;
    this.municipalityPart = municipalityPart;
  }

  public long id() {
    return id;
  }

  public AgreementVersion agreementVersion() {
    return agreementVersion;
  }
}
