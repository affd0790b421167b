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
import se.samverkan.plan.economy.AllocationKey;
import se.samverkan.shared.ConflictException;

/**
 * An action plan of a programme area for a period of years. Owned by the region when it is the
 * area's (read by every party), by a municipality when it is its own local plan. Adopted only
 * when its economy balances (checked by the service, which sees the rows); an adopted plan is
 * frozen until it is reopened.
 */
@Entity
@Table(name = "action_plan")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class ActionPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "programme_area_id", nullable = false)
  private long programmeAreaId;

  @Column(nullable = false)
  private String title;

  private String summary;

  @Column(name = "from_year", nullable = false)
  private int fromYear;

  @Column(name = "to_year", nullable = false)
  private int toYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanStatus status = PlanStatus.DRAFT;

  @Enumerated(EnumType.STRING)
  @Column(name = "allocation_key", nullable = false)
  private AllocationKey allocationKey = AllocationKey.EQUAL;

  @Version private long version;

  protected ActionPlan() {}

  ActionPlan(PlanDetails details) {
    describe(details);
  }

  void describe(PlanDetails details) {
    requireDraft();
    this.programmeAreaId = details.programmeAreaId();
    this.title = details.title();
    this.summary = details.summary();
    this.fromYear = details.fromYear();
    this.toYear = details.toYear();
  }

  void chooseAllocationKey(AllocationKey key) {
    requireDraft();
    this.allocationKey = key;
  }

  /** The caller checked that costs and financing balance for every year. */
  void adopt() {
    requireDraft();
    status = PlanStatus.ADOPTED;
  }

  void reopen() {
    if (status != PlanStatus.ADOPTED) {
      throw new ConflictException("The plan is not adopted");
    }
    status = PlanStatus.DRAFT;
  }

  /** Goals, activities and the economy change only while the plan is a draft. */
  public void requireDraft() {
    if (status == PlanStatus.ADOPTED) {
      throw new ConflictException("The plan is adopted; reopen it before changing it");
    }
  }

  public boolean covers(int year) {
    return year >= fromYear && year <= toYear;
  }

  public long id() {
    return id;
  }

  public long programmeAreaId() {
    return programmeAreaId;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public int fromYear() {
    return fromYear;
  }

  public int toYear() {
    return toYear;
  }

  public PlanStatus status() {
    return status;
  }

  public AllocationKey allocationKey() {
    return allocationKey;
  }

  public long version() {
    return version;
  }
}
