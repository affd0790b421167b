package se.samverkan.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.shared.ConflictException;

/**
 * A dispute of a group, climbing the ladder it was opened with. Its steps ({@link DisputeStep})
 * are read with queries; every move (escalate, resolve) goes through here, so the dispute's
 * version guards its steps too.
 */
@Entity
@Table(name = "dispute")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Dispute {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Column(nullable = false)
  private String question;

  @Column(nullable = false)
  private String parties;

  @Column(name = "agreement_section", nullable = false)
  private String agreementSection;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DisputeStatus status = DisputeStatus.OPEN;

  @Convert(converter = LadderStepsConverter.class)
  @Column(nullable = false, updatable = false)
  private List<LadderStep> ladder;

  @Column(name = "current_step", nullable = false)
  private int currentStep = 1;

  @Column(name = "opened_by", nullable = false, updatable = false)
  private String openedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private OffsetDateTime openedAt;

  private String outcome;

  @Column(name = "resolved_at")
  private OffsetDateTime resolvedAt;

  @Version private long version;

  protected Dispute() {}

  Dispute(long groupId, DisputeCase about, List<LadderStep> ladder, String openedBy, Instant at) {
    this.groupId = groupId;
    this.question = about.question().strip();
    this.parties = about.parties().strip();
    this.agreementSection = about.agreementSection().strip();
    this.ladder = List.copyOf(ladder);
    this.openedBy = openedBy;
    this.openedAt = utc(at);
  }

  /** The first step of the ladder, raised when the dispute is opened. */
  LadderStep firstStep() {
    return ladder.get(0);
  }

  /** Moves to the next step of the ladder; the current one ended without agreement. */
  LadderStep escalate() {
    requireOpen();
    if (currentStep >= ladder.size()) {
      throw new ConflictException("The dispute is at the ladder's last step (" + ladder.get(currentStep - 1).name()
          + "): it must be resolved there");
    }
    currentStep++;
    return ladder.get(currentStep - 1);
  }

  void resolve(String outcome, Instant at) {
    requireOpen();
    this.status = DisputeStatus.RESOLVED;
    this.outcome = outcome.strip();
    this.resolvedAt = utc(at);
  }

  private void requireOpen() {
    if (status != DisputeStatus.OPEN) {
      throw new ConflictException("The dispute is resolved");
    }
  }

  static OffsetDateTime utc(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  public long id() {
    return id;
  }

  public long groupId() {
    return groupId;
  }

  public String question() {
    return question;
  }

  public String parties() {
    return parties;
  }

  public String agreementSection() {
    return agreementSection;
  }

  public DisputeStatus status() {
    return status;
  }

  public List<LadderStep> ladder() {
    return ladder;
  }

  public int currentStep() {
    return currentStep;
  }

  public String openedBy() {
    return openedBy;
  }

  public Instant openedAt() {
    return openedAt.toInstant();
  }

  public Optional<String> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolvedAt).map(OffsetDateTime::toInstant);
  }

  public long version() {
    return version;
  }
}
