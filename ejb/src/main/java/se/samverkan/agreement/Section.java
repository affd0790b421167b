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
import java.util.UUID;

/**
 * A section of a version: heading and body (in {@link Markup}, never HTML). Each has its own
 * version, so two editors saving the same section get 409 while different sections never clash.
 */
@Entity
@Table(name = "agreement_section")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Section {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private AgreementVersion agreementVersion;

  @Column(name = "section_key", nullable = false)
  private String key;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String heading;

  @Column(nullable = false)
  private String body;

  @Version private long version;

  protected Section() {}

  Section(AgreementVersion agreementVersion, String key, int position, String heading, String body) {
    this.agreementVersion = agreementVersion;
    this.key = key == null ? UUID.randomUUID().toString() : key;
    this.position = position;
    this.heading = heading;
    this.body = body;
  }

  void rewrite(String heading, String body) {
    agreementVersion.requireDraft();
    this.heading = heading;
    this.body = body;
  }

  void moveTo(int position) {
    this.position = position;
  }

  public long id() {
    return id;
  }

  public AgreementVersion agreementVersion() {
    return agreementVersion;
  }

  public String key() {
    return key;
  }

  public int position() {
    return position;
  }

  public String heading() {
    return heading;
  }

  public String body() {
    return body;
  }

  public long version() {
    return version;
  }
}
