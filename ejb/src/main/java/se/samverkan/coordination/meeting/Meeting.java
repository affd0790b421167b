package se.samverkan.coordination.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.coordination.CoordinationGroup;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.NotFoundException;

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

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<AgendaItem> agenda = new ArrayList<>();

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("name")
  private List<MeetingAttendee> attendees = new ArrayList<>();

  @Version private long version;

  protected Meeting() {}

  /** A new meeting, its agenda opened with the agreement's standing items. */
  Meeting(CoordinationGroup group, MeetingPlan plan) {
    this.group = group;
    replan(plan);
    for (StandingItem item : StandingItem.values()) {
      agenda.add(AgendaItem.standing(this, agenda.size(), item));
    }
  }

  void replan(MeetingPlan plan) {
    plan.requireConsistent();
    this.startsAt = plan.startsAt();
    this.endsAt = plan.endsAt();
    this.place = plan.place();
    this.link = plan.link();
  }

  AgendaItem addOwnItem(String title) {
    requireDraft();
    AgendaItem item = AgendaItem.own(this, nextPosition(), title);
    agenda.add(item);
    return item;
  }

  void removeItem(AgendaItem item) {
    requireDraft();
    if (item.standingItem().isPresent()) {
      throw new ConflictException("The agreement's standing items stay on every agenda");
    }
    agenda.remove(item);
  }

  void writeMinutes(AgendaItem item, MinutesEntry entry) {
    requireDraft();
    item.record(entry);
  }

  /** Replaces the attendance list; members not named are left out of it. */
  void recordAttendance(Collection<MeetingAttendee> attendance) {
    requireDraft();
    attendees.clear();
    attendance.forEach(attendees::add);
  }

  void approveMinutes(String approvedBy, Instant at) {
    requireDraft();
    this.minutesStatus = MinutesStatus.APPROVED;
    this.minutesApprovedBy = approvedBy;
    this.minutesApprovedAt = at;
  }

  /** Approved minutes are the group's record; everything that shapes them is frozen. */
  void requireDraft() {
    if (minutesStatus == MinutesStatus.APPROVED) {
      throw new ConflictException("The minutes of this meeting are approved and can no longer change");
    }
  }

  AgendaItem item(long itemId) {
    return agenda.stream()
        .filter(i -> i.id() == itemId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
  }

  private int nextPosition() {
    return agenda.stream().mapToInt(AgendaItem::position).max().orElse(-1) + 1;
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

  public List<AgendaItem> agenda() {
    return List.copyOf(agenda);
  }

  public List<MeetingAttendee> attendees() {
    return List.copyOf(attendees);
  }

  public long version() {
    return version;
  }

  public MeetingPlan plan() {
    return new MeetingPlan(startsAt, endsAt, place, link);
  }
}
