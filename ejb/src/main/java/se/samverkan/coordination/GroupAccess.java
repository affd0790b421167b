package se.samverkan.coordination;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * Finds a group of the current space as the caller may use it. Everything that belongs to a
 * group (members, meetings, analyses, assignment reports) is reached through here, so a group the
 * caller may not see answers 404 in one way everywhere, and leading it is decided in one place.
 * Must be called inside a {@link se.samverkan.tenancy.SpaceScoped} service transaction.
 */
@Dependent
public class GroupAccess {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;

  /** The group, if the caller may see it; else 404, whether it exists elsewhere or not. */
  public CoordinationGroup visible(long groupId) {
    CoordinationGroup group = em.find(CoordinationGroup.class, groupId);
    if (group == null || !currentSpace.get().canSeeGroup(groupId)) {
      throw new NotFoundException("Group", groupId);
    }
    return group;
  }

  /** The group, if the caller leads it (see {@link se.samverkan.tenancy.Space#canLeadGroup}). */
  public CoordinationGroup ledByCaller(long groupId) {
    CoordinationGroup group = visible(groupId);
    if (!currentSpace.get().canLeadGroup(groupId)) {
      throw new AccessDeniedException("Only the group's coordinator or the municipality's administrators may change this");
    }
    return group;
  }
}
