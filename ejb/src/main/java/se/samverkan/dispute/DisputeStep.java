package se.samverkan.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * One step a dispute reached: its people, when it was raised to them, their deadline and how it
 * ended. Changed only by {@link DisputeService} under the dispute's lock, and by the reminder.
 */
@Entity
@Table(name = "dispute_step")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class DisputeStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dispute_id", nullable = false, updatable = false)
  private long disputeId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, updatable = false)
  private String name;

  @Convert(converter = StepPeopleConverter.class)
  @Column(nullable = false, updatable = false)
  private List<StepPerson> people;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private OffsetDateTime raisedAt;

  @Column(nullable = false, updatable = false)
  private LocalDate deadline;

  private String outcome;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  @Column(name = "reminded_at")
  private OffsetDateTime remindedAt;

  protected DisputeStep() {}

  DisputeStep(long disputeId, int position, LadderStep step, List<StepPerson> people, Instant raisedAt, LocalDate today) {
    this.disputeId = disputeId;
    this.position = position;
    this.name = step.name();
    this.people = List.copyOf(people);
    this.raisedAt = Dispute.utc(raisedAt);
    this.deadline = today.plusDays(step.deadlineDays());
  }

  void end(String outcome, Instant at) {
    this.outcome = outcome.strip();
    this.endedAt = Dispute.utc(at);
  }

  /** Its people were told the deadline has passed; never twice. */
  void reminded(Instant at) {
    if (remindedAt != null) {
      throw new IllegalStateException("step " + id + " was already reminded");
    }
    this.remindedAt = Dispute.utc(at);
  }

  public boolean isOverdue(LocalDate today) {
    return endedAt == null && today.isAfter(deadline);
  }

  public long id() {
    return id;
  }

  public long disputeId() {
    return disputeId;
  }

  public int position() {
    return position;
  }

  public String name() {
    return name;
  }

  public List<StepPerson> people() {
    return people;
  }

  public Instant raisedAt() {
    return raisedAt.toInstant();
  }

  public LocalDate deadline() {
    return deadline;
  }

  public Optional<String> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<Instant> remindedAt() {
    return Optional.ofNullable(remindedAt).map(OffsetDateTime::toInstant);
  }
}
