package se.samverkan.coordination.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.samverkan.coordination.CoordinationGroup;
import se.samverkan.coordination.GroupAccess;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.SpaceScoped;

/**
 * The action items a group decides on at its meetings, and their follow-up. Like the minutes they
 * are part of, they reach the rest of the group once the minutes that raised them are approved.
 */
@Stateless
@SpaceScoped
public class ActionItemService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject GroupAccess groupAccess;
  @Inject CurrentSpace currentSpace;
  @Inject Clock clock;

  /** Raised while the minutes of the meeting are written, optionally under one agenda item. */
  public ActionItem raise(
      long groupId, long meetingId, Long agendaItemId, @NotNull @Valid ActionItemDetails details) {
    CoordinationGroup group = groupAccess.ledByCaller(groupId);
    Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
    if (meeting == null || meeting.groupId() != group.id()) {
      throw new NotFoundException("Meeting", meetingId);
    }
    meeting.requireDraft();
    AgendaItem underItem = agendaItemId == null ? null : em.find(AgendaItem.class, agendaItemId);
    if (agendaItemId != null && (underItem == null || underItem.meetingId() != meetingId)) {
      throw new InvalidInputException("agendaItemId", "the agenda item is not on this meeting's agenda");
    }
    ActionItem item = new ActionItem(meeting, underItem, details);
    em.persist(item);
    em.flush();
    return item;
  }

  /** Changes what an item says and whether it is done; done is dated today. */
  public ActionItem change(
      long groupId,
      long actionItemId,
      @NotNull @Valid ActionItemDetails details,
      @NotNull ActionItemStatus status,
      long expectedVersion) {
    groupAccess.ledByCaller(groupId);
    ActionItem item = em.find(ActionItem.class, actionItemId, LockModeType.PESSIMISTIC_WRITE);
    if (item == null || item.groupId() != groupId) {
      throw new NotFoundException("Action item", actionItemId);
    }
    if (item.version() != expectedVersion) {
      throw new StaleVersionException("Action item", actionItemId);
    }
    item.describe(details);
    if (status == ActionItemStatus.DONE) {
      item.complete(LocalDate.now(clock));
    } else {
      item.reopen();
    }
    em.flush();
    return item;
  }

  public ActionItem actionItem(long groupId, long actionItemId) {
    groupAccess.visible(groupId);
    ActionItem item = em.find(ActionItem.class, actionItemId);
    if (item == null || item.groupId() != groupId || !readable(item)) {
      throw new NotFoundException("Action item", actionItemId);
    }
    return item;
  }

  /** The group's action items, the open ones only if asked, soonest due first. */
  public Page<ActionItem> actionItems(long groupId, Optional<ActionItemStatus> status, @NotNull PageRequest request) {
    CoordinationGroup group = groupAccess.visible(groupId);
    String where = " where a.group = :group" + (status.isPresent() ? " and a.status = :status" : "")
        + (leads(groupId) ? "" : " and a.meeting.minutesStatus = :approved");
    TypedQuery<ActionItem> query = em.createQuery(
        "select a from ActionItem a" + where + " order by a.status, a.dueDate, a.id", ActionItem.class);
    TypedQuery<Long> count = em.createQuery("select count(a) from ActionItem a" + where, Long.class);
    for (TypedQuery<?> q : List.of(query, count)) {
      q.setParameter("group", group);
      status.ifPresent(s -> q.setParameter("status", s));
      if (!leads(groupId)) {
        q.setParameter("approved", MinutesStatus.APPROVED);
      }
    }
    List<ActionItem> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
    return Page.of(items, request, count.getSingleResult());
  }

  /** The open action items of the given groups that the caller may read, soonest due first. */
  public List<ActionItem> openIn(@NotNull List<Long> groupIds, int limit) {
    List<Long> visible = groupIds.stream().filter(currentSpace.get()::canSeeGroup).toList();
    if (visible.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from ActionItem a where a.group.id in :groups and a.status = :open"
                + " order by a.dueDate, a.id",
            ActionItem.class)
        .setParameter("groups", visible)
        .setParameter("open", ActionItemStatus.OPEN)
        .getResultList().stream()
        .filter(this::readable)
        .limit(limit)
        .toList();
  }

  /** Whether an open item is past its due date today. */
  public boolean isOverdue(ActionItem item) {
    return item.isOverdue(LocalDate.now(clock));
  }

  public List<ActionItem> raisedAt(Meeting meeting) {
    if (!leads(meeting.groupId()) && !meeting.minutesApproved()) {
      return List.of();
    }
    return em.createQuery("select a from ActionItem a where a.meeting = :meeting order by a.id", ActionItem.class)
        .setParameter("meeting", meeting)
        .getResultList();
  }

  /** Earlier items followed up at this meeting: see {@link ActionItem#isCarriedInto}. */
  public List<ActionItem> carriedInto(Meeting meeting) {
    String visible = leads(meeting.groupId()) ? "" : " and a.meeting.minutesStatus = :approved";
    TypedQuery<ActionItem> query = em.createQuery(
        "select a from ActionItem a where a.group = :group and a.meeting.startsAt < :start" + visible
            + " order by a.meeting.startsAt, a.id",
        ActionItem.class)
        .setParameter("group", meeting.group())
        .setParameter("start", meeting.startsAt());
    if (!visible.isEmpty()) {
      query.setParameter("approved", MinutesStatus.APPROVED);
    }
    return query.getResultList().stream().filter(a -> a.isCarriedInto(meeting)).toList();
  }

  private boolean readable(ActionItem item) {
    return leads(item.groupId()) || item.meeting().minutesApproved();
  }

  private boolean leads(long groupId) {
    return currentSpace.get().canLeadGroup(groupId);
  }
}
