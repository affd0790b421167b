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
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.coordination.CoordinationGroup;

/**
 * Something a group decided that someone will do. It is raised at one meeting and followed up at
 * every later meeting of the group until it is done ({@link #isCarriedInto}).
 */
@Entity
@Table(name = "action_item")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class ActionItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private CoordinationGroup group;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(name = "agenda_item_id")
  private Long agendaItemId;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private String responsible;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionItemStatus status = ActionItemStatus.OPEN;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Version private long version;

  protected ActionItem() {}

  ActionItem(Meeting meeting, AgendaItem underItem, ActionItemDetails details) {
    this.group = meeting.group();
    this.meeting = meeting;
    this.agendaItemId = underItem == null ? null : underItem.id();
    describe(details);
  }

  void describe(ActionItemDetails details) {
    this.description = details.description();
    this.responsible = details.responsible();
    this.dueDate = details.dueDate();
  }

  void complete(LocalDate on) {
    if (status == ActionItemStatus.OPEN) {
      status = ActionItemStatus.DONE;
      completedOn = on;
    }
  }

  void reopen() {
    status = ActionItemStatus.OPEN;
    completedOn = null;
  }

  /**
   * Whether the item is followed up at a later meeting of its group: every meeting after the one
   * that raised it, until the day it was done (a meeting on that day still reports it done).
   */
  public boolean isCarriedInto(Meeting later) {
    if (!later.startsAt().isAfter(meeting.startsAt())) {
      return false;
    }
    return completedOn == null || !completedOn.isBefore(later.startsAt().toLocalDate());
  }

  public boolean isOverdue(LocalDate today) {
    return status == ActionItemStatus.OPEN && dueDate != null && dueDate.isBefore(today);
  }

  public long id() {
    return id;
  }

  public long groupId() {
    return group.id();
  }

  public Meeting meeting() {
    return meeting;
  }

  public Optional<Long> agendaItemId() {
    return Optional.ofNullable(agendaItemId);
  }

  public String description() {
    return description;
  }

  public String responsible() {
    return responsible;
  }

  public Optional<LocalDate> dueDate() {
    return Optional.ofNullable(dueDate);
  }

  public ActionItemStatus status() {
    return status;
  }

  public Optional<LocalDate> completedOn() {
    return Optional.ofNullable(completedOn);
  }

  public long version() {
    return version;
  }

  public ActionItemDetails details() {
    return new ActionItemDetails(description, responsible, dueDate);
  }
}
