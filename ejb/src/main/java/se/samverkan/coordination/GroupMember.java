package se.samverkan.coordination;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * A person's seat in a coordination group: they represent a unit of their organisation (this
 * municipality, the region, another party or a user organisation) with a mandate to decide for
 * it. Staff data only, as little as running the group needs.
 */
@Entity
@Table(name = "group_member")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class GroupMember {

  /**
   * JPQL: the seat of member {@code m} is current on {@code :today} (first and last day included,
   * either open). The same rule decides entry to a space (see {@code spaces_of_member}).
   */
  public static final String SEAT_CURRENT_TODAY =
      "(m.periodStart is null or m.periodStart <= :today) and (m.periodEnd is null or m.periodEnd >= :today)";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private CoordinationGroup group;

  @Column(nullable = false)
  private String name;

  private String email;

  @Column(nullable = false)
  private String organisation;

  @Column(nullable = false)
  private String unit;

  @Column(nullable = false)
  private String mandate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberRole role;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  /**
   * When the member was last sent an invitation to the group; none if never. An OffsetDateTime
   * (in UTC): Payara's EclipseLink maps java.time's offset types to timestamptz, not Instant.
   */
  @Column(name = "invited_at")
  private OffsetDateTime invitedAt;

  @Version private long version;

  protected GroupMember() {}

  GroupMember(CoordinationGroup group, MemberDetails details) {
    this.group = group;
    describe(details);
  }

  /** Replaces what is recorded about the member's seat. */
  void describe(MemberDetails details) {
    this.name = details.name();
    this.email = details.email();
    this.organisation = details.organisation();
    this.unit = details.unit();
    this.mandate = details.mandate();
    this.role = details.role();
    this.periodStart = details.periodStart();
    this.periodEnd = details.periodEnd();
  }

  /** An invitation to the group was sent to the member's address. */
  void invited(Instant at) {
    if (email == null) {
      throw new IllegalStateException("a member without an e-mail address cannot be invited");
    }
    // the database keeps microseconds: what is answered now must equal what is read later
    this.invitedAt = at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  public long id() {
    return id;
  }

  public long groupId() {
    return group.id();
  }

  public String name() {
    return name;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public String organisation() {
    return organisation;
  }

  public String unit() {
    return unit;
  }

  public String mandate() {
    return mandate;
  }

  public MemberRole role() {
    return role;
  }

  public Optional<LocalDate> periodStart() {
    return Optional.ofNullable(periodStart);
  }

  public Optional<LocalDate> periodEnd() {
    return Optional.ofNullable(periodEnd);
  }

  public Optional<Instant> invitedAt() {
    return Optional.ofNullable(invitedAt).map(OffsetDateTime::toInstant);
  }

  public long version() {
    return version;
  }

  public MemberDetails details() {
    return new MemberDetails(name, email, organisation, unit, mandate, role, periodStart, periodEnd);
  }
}
