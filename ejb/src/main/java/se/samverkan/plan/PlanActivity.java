package se.samverkan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import java.time.LocalDate;
import java.util.Optional;

/** An activity under a goal of a plan, numbered goal.activity (1.1, 1.2, ...). */
@Entity
@Table(name = "plan_activity")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class PlanActivity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Column(name = "goal_id", nullable = false)
  private long goalId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false)
  private String description;

  private String partners;
  private String responsible;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  private String term;

  @Column(name = "follow_up")
  private String followUp;

  @Column(name = "funding_note")
  private String fundingNote;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActivityStatus status = ActivityStatus.PLANNED;

  @Column(name = "initiative_id")
  private Long initiativeId;

  @Column(name = "agreement_ref")
  private String agreementRef;

  @Column(name = "indicator_ref")
  private String indicatorRef;

  @Version private long version;

  protected PlanActivity() {}

  PlanActivity(long planId, ActivityDetails details, Long initiativeId) {
    this.planId = planId;
    describe(details, initiativeId);
  }

  void describe(ActivityDetails details, Long initiativeId) {
    this.goalId = details.goalId();
    this.number = details.number();
    this.description = details.description();
    this.partners = details.partners();
    this.responsible = details.responsible();
    this.startsOn = details.startsOn().orElse(null);
    this.endsOn = details.endsOn().orElse(null);
    this.term = details.term();
    this.followUp = details.followUp();
    this.fundingNote = details.fundingNote();
    this.status = details.status();
    this.initiativeId = initiativeId;
    this.agreementRef = details.agreementRef();
    this.indicatorRef = details.indicatorRef();
  }

  /** Progress reported for a period moves the activity's current status along. */
  void progressTo(ActivityStatus status) {
    this.status = status;
  }

  public long id() {
    return id;
  }

  public long planId() {
    return planId;
  }

  public long goalId() {
    return goalId;
  }

  public int number() {
    return number;
  }

  public String description() {
    return description;
  }

  public String partners() {
    return partners;
  }

  public String responsible() {
    return responsible;
  }

  public Optional<LocalDate> startsOn() {
    return Optional.ofNullable(startsOn);
  }

  public Optional<LocalDate> endsOn() {
    return Optional.ofNullable(endsOn);
  }

  public String term() {
    return term;
  }

  public String followUp() {
    return followUp;
  }

  public String fundingNote() {
    return fundingNote;
  }

  public ActivityStatus status() {
    return status;
  }

  public Optional<Long> initiativeId() {
    return Optional.ofNullable(initiativeId);
  }

  public String agreementRef() {
    return agreementRef;
  }

  public String indicatorRef() {
    return indicatorRef;
  }

  public long version() {
    return version;
  }
}
