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
import java.time.Instant;
import java.time.LocalDate;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.InvalidInputException;

/**
 * One version of an agreement: its validity and the stage it is in. Its content (sections, terms,
 * documents, responsibilities) is changed only while it is a draft; each step of the life cycle
 * is one method that refuses an illegal move with a {@link ConflictException} (409).
 */
@Entity
@Table(name = "agreement_version")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class AgreementVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "agreement_id")
  private Agreement agreement;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Stage stage;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to", nullable = false)
  private LocalDate validTo;

  @Column(name = "revised_by")
  private String revisedBy;

  @Column(name = "change_summary")
  private String changeSummary;

  @Column(name = "consultation_deadline")
  private LocalDate consultationDeadline;

  @Column(name = "based_on")
  private Long basedOn;

  @Column(name = "expiry_reminded_at")
  private Instant expiryRemindedAt;


  @Version private long version;

  protected AgreementVersion() {}

  AgreementVersion(Agreement agreement, int number, VersionDetails details, Long basedOn) {
    this.agreement = agreement;
    this.number = number;
    this.stage = Stage.DRAFT;
    this.basedOn = basedOn;
    describe(details);
  }

  void describe(VersionDetails details) {
    requireDraft();
    if (!details.validTo().isAfter(details.validFrom())) {
      throw new InvalidInputException("validTo", "the end of validity must come after its start");
    }
    this.validFrom = details.validFrom();
    this.validTo = details.validTo();
    this.revisedBy = details.revisedBy();
    this.changeSummary = details.changeSummary();
  }

  void startConsultation(LocalDate deadline, LocalDate today) {
    if (stage != Stage.DRAFT) {
      throw new ConflictException("Only a draft can be sent for consultation; version " + number
          + " is in " + stage + ".");
    }
    if (!deadline.isAfter(today)) {
      throw new InvalidInputException("deadline", "the consultation deadline must be a coming day");
    }
    this.consultationDeadline = deadline;
    this.stage = Stage.CONSULTATION;
  }

  void closeConsultation() {
    if (stage != Stage.CONSULTATION) {
      throw new ConflictException("Only a version in consultation can go to decision; version "
          + number + " is in " + stage + ".");
    }
    this.stage = Stage.DECISION;
  }

  void requireDraft() {
    if (stage != null && stage != Stage.DRAFT) {
      throw new ConflictException("Version " + number + " is in " + stage
          + " and can no longer be edited; start a new version.");
    }
  }

  void expiryReminded(Instant at) {
    this.expiryRemindedAt = at;
  }

  public long id() {
    return id;
  }

  public Agreement agreement() {
    return agreement;
  }

  public int number() {
    return number;
  }

  public Stage stage() {
    return stage;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public String revisedBy() {
    return revisedBy;
  }

  public String changeSummary() {
    return changeSummary;
  }

  public LocalDate consultationDeadline() {
    return consultationDeadline;
  }

  public Long basedOn() {
    return basedOn;
  }

  public Instant expiryRemindedAt() {
    return expiryRemindedAt;
  }

  public long version() {
    return version;
  }
}
