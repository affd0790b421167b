package se.samverkan.coordination;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenancy.TenantDirectory;

/**
 * The coordination groups of the current space and their members. Tenant scoping is applied
 * before every method ({@link SpaceScoped}); what is left here is who may see and change what.
 */
@Stateless
@SpaceScoped
public class CoordinationService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject TenantDirectory directory;
  @Inject GroupAccess groupAccess;
  @Inject Clock clock;
  @Inject Invitations invitations;

  public Page<GroupSummary> groups(@NotNull PageRequest request) {
    Space space = currentSpace.get();
    if (!space.isHome() && space.memberOf().isEmpty()) {
      return Page.of(List.of(), request, 0);
    }
    String visible = space.isHome() ? "" : " where g.id in :visible";
    var query =
        em.createQuery("select g from CoordinationGroup g" + visible + " order by g.kind, g.name",
            CoordinationGroup.class);
    var count = em.createQuery("select count(g) from CoordinationGroup g" + visible, Long.class);
    if (!space.isHome()) {
      query.setParameter("visible", space.memberOf());
      count.setParameter("visible", space.memberOf());
    }
    List<CoordinationGroup> groups =
        query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
    Map<Long, Long> memberCounts = memberCounts(groups);
    return Page.of(
        groups.stream().map(g -> GroupSummary.of(g, memberCounts.getOrDefault(g.id(), 0L))).toList(),
        request,
        count.getSingleResult());
  }

  /**
   * The groups the caller sits in today (by their verified e-mail); for someone of the
   * municipality without a seat of their own, every group they may see.
   */
  public List<GroupSummary> myGroups() {
    Space space = currentSpace.get();
    LocalDate today = LocalDate.now(clock);
    List<CoordinationGroup> seated = space.caller().email().map(email -> em.createQuery(
            "select distinct m.group from GroupMember m where lower(m.email) = :email"
                + " and " + GroupMember.SEAT_CURRENT_TODAY,
            CoordinationGroup.class)
        .setParameter("email", email.toLowerCase())
        .setParameter("today", today)
        .getResultList()).orElse(List.of());
    List<CoordinationGroup> groups = seated.stream().filter(g -> space.canSeeGroup(g.id())).toList();
    if (groups.isEmpty() && space.isHome()) {
      groups = em.createQuery("select g from CoordinationGroup g order by g.kind, g.name", CoordinationGroup.class)
          .setMaxResults(PageRequest.MAX_SIZE)
          .getResultList();
    }
    Map<Long, Long> memberCounts = memberCounts(groups);
    return groups.stream()
        .sorted(java.util.Comparator.comparing(CoordinationGroup::kind).thenComparing(CoordinationGroup::name))
        .map(g -> GroupSummary.of(g, memberCounts.getOrDefault(g.id(), 0L)))
        .toList();
  }

  public GroupSummary group(long groupId) {
    CoordinationGroup group = visibleGroup(groupId);
    return GroupSummary.of(group, memberCounts(List.of(group)).getOrDefault(groupId, 0L));
  }

  public Page<GroupMember> members(long groupId, @NotNull PageRequest request) {
    CoordinationGroup group = visibleGroup(groupId);
    List<GroupMember> members =
        em.createQuery(
                "select m from GroupMember m where m.group = :group order by m.name, m.id",
                GroupMember.class)
            .setParameter("group", group)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createQuery("select count(m) from GroupMember m where m.group = :group", Long.class)
            .setParameter("group", group)
            .getSingleResult();
    return Page.of(members, request, total);
  }

  public GroupMember member(long groupId, long memberId) {
    return memberOf(visibleGroup(groupId), memberId);
  }

  /** A group the municipality adds itself; only its administrators and coordinators may. */
  public GroupSummary createGroup(@NotNull @Valid GroupDetails details) {
    requireGroupManager();
    CoordinationGroup group = new CoordinationGroup(details);
    em.persist(group);
    em.flush();
    return GroupSummary.of(group, 0);
  }

  public GroupSummary changeGroup(long groupId, @NotNull @Valid GroupDetails details, long expectedVersion) {
    requireGroupManager();
    CoordinationGroup group = em.find(CoordinationGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
    if (group == null) {
      throw new NotFoundException("Group", groupId);
    }
    if (group.version() != expectedVersion) {
      throw new StaleVersionException("Group", groupId);
    }
    group.describe(details);
    em.flush();
    return GroupSummary.of(group, memberCounts(List.of(group)).getOrDefault(groupId, 0L));
  }

  public GroupMember addMember(long groupId, @NotNull @Valid MemberDetails details) {
    CoordinationGroup group = manageableGroup(groupId);
    details.requireOrderedPeriod();
    GroupMember member = new GroupMember(group, details);
    if (member.email().isPresent()) {
      // queued in this transaction: if adding the member fails, no invitation leaves
      invitations.invite(group, member);
    }
    em.persist(member);
    em.flush();
    return member;
  }

  /**
   * Sends the member the invitation to the group again (a lost mail, a new account) and records
   * when. Only the group's leaders may; a member without an e-mail address is refused beside it.
   */
  public GroupMember invite(long groupId, long memberId) {
    CoordinationGroup group = manageableGroup(groupId);
    GroupMember member = memberToChange(group, memberId);
    invitations.invite(group, member);
    em.flush();
    return member;
  }

  public GroupMember changeMember(
      long groupId, long memberId, @NotNull @Valid MemberDetails details, long expectedVersion) {
    GroupMember member = memberToChange(manageableGroup(groupId), memberId);
    checkVersion(member, expectedVersion);
    details.requireOrderedPeriod();
    member.describe(details);
    // flushing here turns a concurrent change into an OptimisticLockException for this call
    em.flush();
    return member;
  }

  public void removeMember(long groupId, long memberId, long expectedVersion) {
    GroupMember member = memberToChange(manageableGroup(groupId), memberId);
    checkVersion(member, expectedVersion);
    em.remove(member);
    em.flush();
  }

  /** The organisations a member of this space's groups may represent, id to name. */
  public Map<String, String> organisations() {
    return directory.organisationsOf(currentSpace.get().areaId());
  }

  private CoordinationGroup visibleGroup(long groupId) {
    return groupAccess.visible(groupId);
  }

  private void requireGroupManager() {
    if (!currentSpace.get().canKeepGroups()) {
      throw new AccessDeniedException("Only the municipality's administrators and coordinators keep its groups");
    }
  }

  private CoordinationGroup manageableGroup(long groupId) {
    return groupAccess.ledByCaller(groupId);
  }

  private GroupMember memberOf(CoordinationGroup group, long memberId) {
    return inGroup(group, memberId, em.find(GroupMember.class, memberId));
  }

  /**
   * Read with a row lock, so two editors of one member are serialised: the second reads what the
   * first wrote and fails the version check (409) instead of both passing it. The version column
   * still guards writes that bypass this path.
   */
  private GroupMember memberToChange(CoordinationGroup group, long memberId) {
    return inGroup(group, memberId,
        em.find(GroupMember.class, memberId, LockModeType.PESSIMISTIC_WRITE));
  }

  private static GroupMember inGroup(CoordinationGroup group, long memberId, GroupMember member) {
    if (member == null || member.groupId() != group.id()) {
      throw new NotFoundException("Member", memberId);
    }
    return member;
  }

  private static void checkVersion(GroupMember member, long expectedVersion) {
    if (member.version() != expectedVersion) {
      throw new StaleVersionException("Member", member.id());
    }
  }

  private Map<Long, Long> memberCounts(List<CoordinationGroup> groups) {
    Map<Long, Long> counts = new HashMap<>();
    if (groups.isEmpty()) {
      return counts;
    }
    List<Object[]> rows =
        em.createQuery(
                "select m.group.id, count(m) from GroupMember m where m.group in :groups"
                    + " group by m.group.id",
                Object[].class)
            .setParameter("groups", groups)
            .getResultList();
    rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }
}
