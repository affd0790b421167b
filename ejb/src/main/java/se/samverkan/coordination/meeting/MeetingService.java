package se.samverkan.coordination.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samverkan.coordination.CoordinationGroup;
import se.samverkan.coordination.GroupAccess;
import se.samverkan.coordination.GroupMember;
import se.samverkan.platform.WebAddresses;
import se.samverkan.platform.mail.MailOutbox;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.SpaceScoped;

/**
 * Planning a group's meetings and keeping their minutes. Whoever sees the group reads its
 * meetings and approved minutes; its leaders plan, write and approve ({@link GroupAccess}).
 */
@Stateless
@SpaceScoped
public class MeetingService {

  static final int CALENDAR_LIMIT = 500;

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject GroupAccess groupAccess;
  @Inject CurrentSpace currentSpace;
  @Inject ActionItemService actionItems;
  @Inject Clock clock;
  @Inject MailOutbox outbox;

  @Inject WebAddresses webAddresses;

  public Page<Meeting> meetings(long groupId, @NotNull MeetingSearch search, @NotNull PageRequest request) {
    CoordinationGroup group = groupAccess.visible(groupId);
    boolean upcoming = search.when() == MeetingSearch.When.UPCOMING;
    StringBuilder where = new StringBuilder(" where m.group = :group and m.startsAt ")
        .append(upcoming ? ">= :now" : "< :now");
    search.likePattern().ifPresent(p -> where.append(
        " and (lower(m.place) like :text escape '\\' or exists (select a from AgendaItem a where a.meeting = m"
            + " and (lower(a.title) like :text escape '\\'"
            + " or ((m.minutesStatus = :approved or :leader = true)"
            + " and (lower(a.notes) like :text escape '\\' or lower(a.decisions) like :text escape '\\')))))"));
    TypedQuery<Meeting> query = em.createQuery(
        "select m from Meeting m" + where + " order by m.startsAt " + (upcoming ? "asc" : "desc"), Meeting.class);
    TypedQuery<Long> count = em.createQuery("select count(m) from Meeting m" + where, Long.class);
    for (TypedQuery<?> q : List.of(query, count)) {
      q.setParameter("group", group).setParameter("now", LocalDateTime.now(clock));
      search.likePattern().ifPresent(p -> q.setParameter("text", p)
          .setParameter("approved", MinutesStatus.APPROVED)
          .setParameter("leader", currentSpace.get().canLeadGroup(groupId)));
    }
    List<Meeting> meetings =
        query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
    return Page.of(meetings, request, count.getSingleResult());
  }

  /** The next meetings of the given groups (those the caller may see), soonest first. */
  public List<Meeting> nextMeetings(@NotNull List<Long> groupIds, int limit) {
    List<Long> visible = groupIds.stream().filter(currentSpace.get()::canSeeGroup).toList();
    if (visible.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select m from Meeting m where m.group.id in :groups and m.startsAt >= :now order by m.startsAt",
            Meeting.class)
        .setParameter("groups", visible)
        .setParameter("now", LocalDateTime.now(clock))
        .setMaxResults(limit)
        .getResultList();
  }

  /** The meetings a calendar feed shows: from a year back on, at most {@value #CALENDAR_LIMIT}. */
  public List<Meeting> calendar(long groupId) {
    return em.createQuery(
            "select m from Meeting m where m.group = :group and m.startsAt >= :from order by m.startsAt",
            Meeting.class)
        .setParameter("group", groupAccess.visible(groupId))
        .setParameter("from", LocalDateTime.now(clock).minusYears(1))
        .setMaxResults(CALENDAR_LIMIT)
        .getResultList();
  }

  public MeetingRecord meeting(long groupId, long meetingId) {
    return recordOf(meetingOf(groupAccess.visible(groupId), meetingId, LockModeType.NONE));
  }

  /** A new meeting; its agenda holds the standing items, then the group's own in the order given. */
  public MeetingRecord plan(long groupId, @NotNull @Valid MeetingPlan plan, @NotNull List<String> ownItems) {
    CoordinationGroup group = groupAccess.ledByCaller(groupId);
    for (int i = 0; i < ownItems.size(); i++) {
      requireTitle("agenda[" + i + "]", ownItems.get(i));
    }
    Meeting meeting = new Meeting(group, plan);
    em.persist(meeting);
    meeting.openingAgenda(ownItems.stream().map(String::strip).toList()).forEach(em::persist);
    em.flush();
    return recordOf(meeting);
  }

  public MeetingRecord replan(long groupId, long meetingId, @NotNull @Valid MeetingPlan plan, long expectedVersion) {
    Meeting meeting = meetingToChange(groupId, meetingId, expectedVersion);
    meeting.replan(plan);
    em.flush();
    return recordOf(meeting);
  }

  /** Only a meeting whose minutes are still a draft may be taken back. */
  public void cancel(long groupId, long meetingId, long expectedVersion) {
    Meeting meeting = meetingToChange(groupId, meetingId, expectedVersion);
    meeting.requireDraft();
    em.remove(meeting);
    em.flush();
  }

  public AgendaItem addItem(
      long groupId,
      long meetingId,
      @NotBlank(message = "{agenda.title.required}") @Size(max = 200, message = "{text.max}") String title) {
    Meeting meeting = meetingOf(groupAccess.ledByCaller(groupId), meetingId, LockModeType.PESSIMISTIC_WRITE);
    AgendaItem item = meeting.addOwnItem(agendaOf(meeting), title.strip());
    em.persist(item);
    em.flush();
    return item;
  }

  public void removeItem(long groupId, long meetingId, long itemId, long expectedVersion) {
    Meeting meeting = meetingOf(groupAccess.ledByCaller(groupId), meetingId, LockModeType.PESSIMISTIC_WRITE);
    AgendaItem item = itemToChange(meeting, itemId, expectedVersion);
    meeting.requireRemovable(item);
    em.remove(item);
    em.flush();
  }

  /**
   * Records the minutes under one agenda item. The item is read with a row lock, so of two
   * people saving the same item at once the second sees the first's version and gets 409.
   */
  public AgendaItem writeMinutes(
      long groupId, long meetingId, long itemId, @NotNull @Valid MinutesEntry entry, long expectedVersion) {
    Meeting meeting = meetingOf(groupAccess.ledByCaller(groupId), meetingId, LockModeType.NONE);
    AgendaItem item = itemToChange(meeting, itemId, expectedVersion);
    meeting.writeMinutes(item, entry);
    em.flush();
    return item;
  }

  /** Replaces who attended; every member named must sit in the group. */
  public MeetingRecord recordAttendance(
      long groupId, long meetingId, @NotNull Map<Long, Attendance> attendance, long expectedVersion) {
    Meeting meeting = meetingToChange(groupId, meetingId, expectedVersion);
    meeting.requireDraft();
    List<MeetingAttendee> attendees = new ArrayList<>();
    attendance.forEach((memberId, status) -> {
      GroupMember member = em.find(GroupMember.class, memberId);
      if (member == null || member.groupId() != groupId) {
        throw new InvalidInputException("attendance", "member " + memberId + " does not sit in this group");
      }
      if (status == null) {
        throw new InvalidInputException("attendance", "say whether member " + memberId + " attended");
      }
      attendees.add(new MeetingAttendee(meeting, member, status));
    });
    attendanceOf(meeting).forEach(em::remove);
    em.flush();
    attendees.forEach(em::persist);
    // the attendance belongs to the meeting: changing it is a change of the meeting's version
    em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    return recordOf(meeting);
  }

  /**
   * Approving publishes the minutes to the whole group, in the product and by e-mail to every
   * current member with an address; after that they no longer change.
   */
  public MeetingRecord approveMinutes(long groupId, long meetingId, long expectedVersion) {
    Meeting meeting = meetingToChange(groupId, meetingId, expectedVersion);
    meeting.approveMinutes(currentSpace.get().caller().displayName(), clock.instant());
    em.flush();
    MeetingMail mail = mailOf(meeting);
    currentAddresses(meeting).forEach(address -> outbox.queue(mail.minutes(address)));
    return recordOf(meeting);
  }

  /**
   * Sends the notice (time, place, agenda and a calendar file) to every current member of the
   * group with an e-mail address, and records when. Sent again after a change, it replaces the
   * calendar entry (same UID).
   */
  public MeetingRecord sendNotice(long groupId, long meetingId, long expectedVersion) {
    Meeting meeting = meetingToChange(groupId, meetingId, expectedVersion);
    List<String> addresses = currentAddresses(meeting);
    if (addresses.isEmpty()) {
      throw new InvalidInputException("members", "no current member of the group has an e-mail address");
    }
    meeting.noticeSent(clock.instant());
    MeetingMail mail = mailOf(meeting);
    String calendar = MeetingCalendar.of(meeting.group().name(), webAddresses.host(),
        currentSpace.get().tenant().value(), List.of(meeting), clock.instant());
    addresses.forEach(address -> outbox.queue(mail.notice(address, calendar)));
    em.flush();
    return recordOf(meeting);
  }

  private MeetingMail mailOf(Meeting meeting) {
    String link = webAddresses.page(currentSpace.get().tenant(),
        "meeting?group=" + meeting.groupId() + "&id=" + meeting.id());
    return new MeetingMail(meeting.group().name(), currentSpace.get().name(), meeting, agendaOf(meeting),
        actionItems.raisedAt(meeting), link);
  }

  /** The e-mail addresses of the group's members whose seat is current today. */
  private List<String> currentAddresses(Meeting meeting) {
    return em.createQuery(
            "select distinct lower(m.email) from GroupMember m where m.group = :group and m.email is not null"
                + " and " + GroupMember.SEAT_CURRENT_TODAY,
            String.class)
        .setParameter("group", meeting.group())
        .setParameter("today", LocalDate.now(clock))
        .getResultList();
  }

  private MeetingRecord recordOf(Meeting meeting) {
    return new MeetingRecord(
        meeting,
        agendaOf(meeting),
        attendanceOf(meeting),
        currentSpace.get().canLeadGroup(meeting.groupId()),
        actionItems.raisedAt(meeting),
        actionItems.carriedInto(meeting));
  }

  /** The meeting's agenda in order. Read by query: see {@link Meeting#openingAgenda}. */
  private List<AgendaItem> agendaOf(Meeting meeting) {
    return em.createQuery("select i from AgendaItem i where i.meeting = :meeting order by i.position", AgendaItem.class)
        .setParameter("meeting", meeting)
        .getResultList();
  }

  private List<MeetingAttendee> attendanceOf(Meeting meeting) {
    return em.createQuery("select a from MeetingAttendee a where a.meeting = :meeting order by a.name, a.id",
            MeetingAttendee.class)
        .setParameter("meeting", meeting)
        .getResultList();
  }

  private Meeting meetingToChange(long groupId, long meetingId, long expectedVersion) {
    Meeting meeting = meetingOf(groupAccess.ledByCaller(groupId), meetingId, LockModeType.PESSIMISTIC_WRITE);
    if (meeting.version() != expectedVersion) {
      throw new StaleVersionException("Meeting", meetingId);
    }
    return meeting;
  }

  private Meeting meetingOf(CoordinationGroup group, long meetingId, LockModeType lock) {
    Meeting meeting = em.find(Meeting.class, meetingId, lock);
    if (meeting == null || meeting.groupId() != group.id()) {
      throw new NotFoundException("Meeting", meetingId);
    }
    return meeting;
  }

  private AgendaItem itemToChange(Meeting meeting, long itemId, long expectedVersion) {
    AgendaItem item = em.find(AgendaItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
    if (item == null || item.meetingId() != meeting.id()) {
      throw new NotFoundException("Agenda item", itemId);
    }
    if (item.version() != expectedVersion) {
      throw new StaleVersionException("Agenda item", itemId);
    }
    return item;
  }

  private static void requireTitle(String field, String title) {
    if (title == null || title.isBlank()) {
      throw new InvalidInputException(field, "an agenda item needs a title");
    }
    if (title.strip().length() > 200) {
      throw new InvalidInputException(field, "an agenda item's title may be at most 200 characters");
    }
  }
}
