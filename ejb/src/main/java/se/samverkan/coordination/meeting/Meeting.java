package se.samverkan.coordination.meeting;

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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.coordination.CoordinationGroup;
import se.samverkan.shared.ConflictException;

/**
 * A meeting of a coordination group, with its agenda, attendance and minutes. The minutes are the
 * group's record: once approved they no longer change.
 */
@Entity
@Table(name = "meeting")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Meeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private CoordinationGroup group;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  private String place;

  private String link;

  @Enumerated(EnumType.STRING)
  @Column(name = "minutes_status", nullable = false)
  private MinutesStatus minutesStatus = MinutesStatus.DRAFT;

  @Column(name = "minutes_approved_at")
  private Instant minutesApprovedAt;

  @Column(name = "minutes_approved_by")
  private String minutesApprovedBy;

  @Column(name = "notice_sent_at")
  private Instant noticeSentAt;

  @Version private long version;

  protected Meeting() {}

  /** A new meeting; see {@link #openingAgenda()} for the items it opens with. */
  Meeting(CoordinationGroup group, MeetingPlan plan) {
    this.group = group;
    replan(plan);
  }

  /**
   * The agenda a new meeting opens with: the agreement's standing items, then the group's own.
   *
   * <p>Agenda items and attendance are kept as their own entities and read with queries, not
   * through a collection of this class: EclipseLink (4.0, Payara 6) reads a lazy one-to-many
   * relationship of a multitenant entity without the request's tenant, which row-level security
   * then answers with no rows.
   */
  List<AgendaItem> openingAgenda(List<String> ownItems) {
    List<AgendaItem> items = new ArrayList<>();
    for (StandingItem item : StandingItem.values()) {
      items.add(AgendaItem.standing(this, items.size(), item));
    }
    for (String title : ownItems) {
      items.add(AgendaItem.own(this, items.size(), title));
    }
    return items;
  }

  void replan(MeetingPlan plan) {
    plan.requireConsistent();
    this.startsAt = plan.startsAt();
    this.endsAt = plan.endsAt();
    this.place = plan.place();
    this.link = plan.link();
  }

  /** An item of the group's own, after those already on the agenda. */
  AgendaItem addOwnItem(List<AgendaItem> agenda, String title) {
    requireDraft();
    int next = agenda.stream().mapToInt(AgendaItem::position).max().orElse(-1) + 1;
    return AgendaItem.own(this, next, title);
  }

  /** Whether an item may leave the agenda: only the group's own, while the minutes are a draft. */
  void requireRemovable(AgendaItem item) {
    requireDraft();
    if (item.standingItem().isPresent()) {
      throw new ConflictException("The agreement's standing items stay on every agenda");
    }
  }

  void writeMinutes(AgendaItem item, MinutesEntry entry) {
    requireDraft();
    item.record(entry);
  }

  void approveMinutes(String approvedBy, Instant at) {
    requireDraft();
    this.minutesStatus = MinutesStatus.APPROVED;
    this.minutesApprovedBy = approvedBy;
    this.minutesApprovedAt = at;
  }

  void noticeSent(Instant at) {
    requireDraft();
    this.noticeSentAt = at;
  }

  /** Approved minutes are the group's record; everything that shapes them is frozen. */
  void requireDraft() {
    if (minutesStatus == MinutesStatus.APPROVED) {
      throw new ConflictException("The minutes of this meeting are approved and can no longer change");
    }
  }

  public long id() {
    return id;
  }

  public CoordinationGroup group() {
    return group;
  }

  public long groupId() {
    return group.id();
  }

  public LocalDateTime startsAt() {
    return startsAt;
  }

  public LocalDateTime endsAt() {
    return endsAt;
  }

  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  public Optional<String> link() {
    return Optional.ofNullable(link);
  }

  public MinutesStatus minutesStatus() {
    return minutesStatus;
  }

  public boolean minutesApproved() {
    return minutesStatus == MinutesStatus.APPROVED;
  }

  public Optional<Instant> minutesApprovedAt() {
    return Optional.ofNullable(minutesApprovedAt);
  }

  public Optional<String> minutesApprovedBy() {
    return Optional.ofNullable(minutesApprovedBy);
  }

  /** When the notice was last sent to the group's members, if ever. */
  public Optional<Instant> noticeSentAt() {
    return Optional.ofNullable(noticeSentAt);
  }

  public long version() {
    return version;
  }

}
