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

/** A definition or abbreviation of a version. */
@Entity
@Table(name = "agreement_term")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Term {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private AgreementVersion agreementVersion;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String term;

  @Column(nullable = false)
  private String meaning;

  protected Term() {}

  Term(AgreementVersion agreementVersion, int position, String term, String meaning) {
    this.agreementVersion = agreementVersion;
    this.position = position;
    this.term = term;
    this.meaning = meaning;
  }

  public long id() {
    return id;
  }

  public AgreementVersion agreementVersion() {
    return agreementVersion;
  }
}
