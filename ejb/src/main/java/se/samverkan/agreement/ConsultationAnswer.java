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
import se.samverkan.shared.ConflictException;

/**
 * A consultation answer: a party's own, or a user organisation's (kept in the space its
 * representative answered in). Written as a draft that only its writers see; submitting freezes
 * it and makes it readable to the whole area.
 */
@Entity
@Table(name = "agreement_answer")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class ConsultationAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "version_id", nullable = false)
  private long versionId;

  @Column(nullable = false)
  private String respondent;

  @Enumerated(EnumType.STRING)
  @Column(name = "respondent_kind", nullable = false)
  private RespondentKind respondentKind;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private String status;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Version private long version;

  protected ConsultationAnswer() {}

  ConsultationAnswer(long versionId, String respondent, RespondentKind kind, String body) {
    this.versionId = versionId;
    this.respondent = respondent;
    this.respondentKind = kind;
    this.body = body;
    this.status = "DRAFT";
  }

  void rewrite(String body) {
    if (isSubmitted()) {
      throw new ConflictException("The answer has been submitted and can no longer be changed.");
    }
    this.body = body;
  }

  void submit(Instant at) {
    if (isSubmitted()) {
      throw new ConflictException("The answer has already been submitted.");
    }
    this.status = "SUBMITTED";
    this.submittedAt = at;
  }

  public boolean isSubmitted() {
    return "SUBMITTED".equals(status);
  }

  public long id() {
    return id;
  }

  public long version() {
    return version;
  }
}
