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

/** A document a version refers to: another agreement, a guideline, a form (by its address). */
@Entity
@Table(name = "agreement_document")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class RelatedDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private AgreementVersion agreementVersion;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String url;

  protected RelatedDocument() {}

  RelatedDocument(AgreementVersion agreementVersion, int position, String title, String url) {
    this.agreementVersion = agreementVersion;
    this.position = position;
    this.title = title;
    this.url = url;
  }

  public long id() {
    return id;
  }

  public AgreementVersion agreementVersion() {
    return agreementVersion;
  }
}
