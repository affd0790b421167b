package se.samverkan.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/** One of RUG's steps on a submission, with who, when and the comment; never changed afterwards. */
@Entity
@Table(name = "followup_review_step")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class ReviewStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "party_id", nullable = false, updatable = false)
  private String partyId;

  @Column(name = "submission_id", nullable = false, updatable = false)
  private long submissionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ReviewStepKind step;

  @Column(name = "taken_at", nullable = false, updatable = false)
  private OffsetDateTime takenAt;

  @Column(name = "taken_by", nullable = false, updatable = false)
  private String takenBy;

  @Column(updatable = false)
  private String comment;

  protected ReviewStep() {}

  ReviewStep(Submission submission, ReviewStepKind step, OffsetDateTime takenAt, String takenBy,
      Optional<String> comment) {
    this.partyId = submission.partyId();
    this.submissionId = submission.id();
    this.step = step;
    this.takenAt = takenAt;
    this.takenBy = takenBy;
    this.comment = comment.orElse(null);
  }

  public long submissionId() {
    return submissionId;
  }

  public ReviewStepKind step() {
    return step;
  }

  public OffsetDateTime takenAt() {
    return takenAt;
  }

  public String takenBy() {
    return takenBy;
  }

  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }
}
