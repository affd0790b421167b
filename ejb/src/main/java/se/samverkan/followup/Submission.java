package se.samverkan.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.coordination.GroupKind;
import se.samverkan.shared.ConflictException;

/**
 * What a group sent the region, as the region's own snapshot: written only by the database
 * function {@code submit_followup_report}; RUG records its verdict on it here (the only columns
 * the application may update). A group's report sent again after a return is a new submission.
 */
@Entity
@Table(name = "followup_submission")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Submission {

  @Id private Long id;

  @Column(name = "party_id", insertable = false, updatable = false)
  private String partyId;

  @Column(name = "group_id", insertable = false, updatable = false)
  private long groupId;

  @Column(name = "group_name", insertable = false, updatable = false)
  private String groupName;

  @Enumerated(EnumType.STRING)
  @Column(name = "group_kind", insertable = false, updatable = false)
  private GroupKind groupKind;

  @Column(insertable = false, updatable = false)
  private int year;

  @Column(name = "indicator_set_id", insertable = false, updatable = false)
  private long setId;

  @Column(name = "report_id", insertable = false, updatable = false)
  private long reportId;

  @Column(insertable = false, updatable = false)
  private int sequence;

  @Column(name = "submitted_at", insertable = false, updatable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "submitted_by", insertable = false, updatable = false)
  private String submittedBy;

  @Enumerated(EnumType.STRING)
  private SubmissionStatus status;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "review_comment")
  private String reviewComment;

  @Version private long version;

  protected Submission() {}

  /** RUG's step: moves the verdict, or refuses a move the round does not allow (409). */
  void review(ReviewStepKind step, OffsetDateTime at, String by, Optional<String> comment) {
    SubmissionStatus next = switch (step) {
      case APPROVED -> {
        require(status == SubmissionStatus.SUBMITTED, "Only a submitted report waiting for review can be approved");
        yield SubmissionStatus.APPROVED;
      }
      case RETURNED -> {
        require(status == SubmissionStatus.SUBMITTED, "Only a submitted report waiting for review can be returned");
        yield SubmissionStatus.RETURNED;
      }
      case REOPENED -> {
        require(status == SubmissionStatus.APPROVED, "Only an approved report can be reopened");
        yield SubmissionStatus.REOPENED;
      }
    };
    this.status = next;
    this.reviewedAt = at;
    this.reviewedBy = by;
    this.reviewComment = comment.orElse(null);
  }

  private static void require(boolean allowed, String reason) {
    if (!allowed) {
      throw new ConflictException(reason);
    }
  }

  public long id() {
    return id;
  }

  public String partyId() {
    return partyId;
  }

  public long groupId() {
    return groupId;
  }

  public String groupName() {
    return groupName;
  }

  public GroupKind groupKind() {
    return groupKind;
  }

  public int year() {
    return year;
  }

  public long setId() {
    return setId;
  }

  public long reportId() {
    return reportId;
  }

  public int sequence() {
    return sequence;
  }

  public OffsetDateTime submittedAt() {
    return submittedAt;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public SubmissionStatus status() {
    return status;
  }

  public Optional<OffsetDateTime> reviewedAt() {
    return Optional.ofNullable(reviewedAt);
  }

  public Optional<String> reviewedBy() {
    return Optional.ofNullable(reviewedBy);
  }

  public Optional<String> reviewComment() {
    return Optional.ofNullable(reviewComment);
  }

  public long version() {
    return version;
  }
}
