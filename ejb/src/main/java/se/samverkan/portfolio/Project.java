package se.samverkan.portfolio;

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
import se.samverkan.shared.Money;

/** A project of the region's portfolio. */
@Entity
@Table(name = "portfolio_project")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "goal_area_id", nullable = false)
  private long goalAreaId;

  @Column(nullable = false)
  private String name;

  @Column(name = "owner_organisation", nullable = false)
  private String ownerOrganisation;

  @Column(name = "regional_financing_ore", nullable = false)
  private long regionalFinancingOre;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  private String description;

  @Version private long version;

  protected Project() {}

  Project(ProjectDetails details) {
    describe(details);
  }

  void describe(ProjectDetails details) {
    this.goalAreaId = details.goalAreaId();
    this.name = details.name();
    this.ownerOrganisation = details.ownerOrganisation();
    this.regionalFinancingOre = details.regionalFinancing().ore();
    this.startsOn = details.startsOn();
    this.endsOn = details.endsOn();
    this.description = details.description();
  }

  /** Whether the project runs at some time during the year. */
  public boolean runsIn(int year) {
    return startsOn.getYear() <= year && endsOn.getYear() >= year;
  }

  public long id() {
    return id;
  }

  public long goalAreaId() {
    return goalAreaId;
  }

  public String name() {
    return name;
  }

  public String ownerOrganisation() {
    return ownerOrganisation;
  }

  public Money regionalFinancing() {
    return Money.ofOre(regionalFinancingOre);
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public String description() {
    return description;
  }

  public long version() {
    return version;
  }
}
