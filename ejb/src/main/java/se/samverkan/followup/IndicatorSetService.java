package se.samverkan.followup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

/**
 * RUG's indicator sets. Every space of the area reads them; only RUG, at home in the region,
 * makes and changes them. A change applies from a chosen year: RUG makes a new set from that year
 * (a copy of the one in force), so the reports of earlier years keep theirs. A set a report uses
 * is never changed.
 */
@Stateless
@SpaceScoped
public class IndicatorSetService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject AreaIndicators area;
  @Inject Clock clock;

  public List<IndicatorSetSummary> sets() {
    return area.sets(currentSpace.get().tenant());
  }

  public IndicatorSetDetails set(long id) {
    IndicatorSetSummary set = area.set(currentSpace.get().tenant(), id)
        .orElseThrow(() -> new NotFoundException("Indicator set", id));
    return new IndicatorSetDetails(set, area.indicators(currentSpace.get().tenant(), id), inUse(id));
  }

  /** Whether the caller may make and change the sets: RUG at home in the region. */
  public boolean canChange() {
    Space space = currentSpace.get();
    return space.kind() == TenantKind.REGION && space.isHome() && space.caller().hasRole(Role.RUG);
  }

  /** A new set from the year, a copy of the one that applied to it (or of the agreement's four). */
  public IndicatorSetDetails create(@NotNull FollowUpYear from, @NotNull String name) {
    requireRug();
    String cleanName = name(name);
    if (area.sets(currentSpace.get().tenant()).stream().anyMatch(s -> s.validFromYear() == from.value())) {
      throw new InvalidInputException("validFromYear", "There is already a set from " + from.value());
    }
    // the set in force for the year until now: read before the new one exists, which would answer
    List<IndicatorDefinition> copied = area.setFor(currentSpace.get().tenant(), from.value())
        .map(previous -> area.indicators(currentSpace.get().tenant(), previous.id()).stream()
            .map(IndicatorRow::definition).toList())
        .orElseGet(DefaultIndicators::definitions);
    IndicatorSet set = new IndicatorSet(from.value(), cleanName, OffsetDateTime.now(clock));
    em.persist(set);
    em.flush();
    int position = 1;
    for (IndicatorDefinition definition : copied) {
      em.persist(new Indicator(set.id(), position++, definition));
    }
    em.flush();
    return set(set.id());
  }

  public IndicatorSetDetails rename(long id, @NotNull String name, long expectedVersion) {
    IndicatorSet set = changeable(id, OptionalLong.of(expectedVersion));
    set.rename(name(name));
    em.flush();
    return set(id);
  }

  public IndicatorSetDetails addIndicator(long setId, @NotNull IndicatorDefinition definition) {
    IndicatorSet set = changeable(setId, OptionalLong.empty());
    List<IndicatorRow> indicators = area.indicators(currentSpace.get().tenant(), setId);
    requireUniqueCode(indicators, definition.code(), -1);
    em.persist(new Indicator(setId, indicators.size() + 1, definition));
    em.flush();
    return set(setId);
  }

  /** Changes an indicator and moves it to the position (1 = first) among the set's indicators. */
  public IndicatorSetDetails changeIndicator(
      long setId, long indicatorId, @NotNull IndicatorDefinition definition, int position, long expectedVersion) {
    IndicatorSet set = changeable(setId, OptionalLong.empty());
    Indicator indicator = indicatorOf(set, indicatorId);
    if (indicator.version() != expectedVersion) {
      throw new StaleVersionException("Indicator", indicatorId);
    }
    requireUniqueCode(area.indicators(currentSpace.get().tenant(), setId), definition.code(), indicatorId);
    indicator.define(definition);
    reorder(setId, indicator, position);
    em.flush();
    return set(setId);
  }

  public IndicatorSetDetails removeIndicator(long setId, long indicatorId, long expectedVersion) {
    IndicatorSet set = changeable(setId, OptionalLong.empty());
    Indicator indicator = indicatorOf(set, indicatorId);
    if (indicator.version() != expectedVersion) {
      throw new StaleVersionException("Indicator", indicatorId);
    }
    em.remove(indicator);
    em.flush();
    reorder(setId, null, 0);
    em.flush();
    return set(setId);
  }

  // --- helpers -------------------------------------------------------------------------------------

  private void reorder(long setId, Indicator moved, int position) {
    List<Indicator> others = em.createQuery(
            "select i from Indicator i where i.setId = :set order by i.position, i.id", Indicator.class)
        .setParameter("set", setId)
        .getResultList()
        .stream()
        .filter(i -> moved == null || i.id() != moved.id())
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    if (moved != null) {
      others.add(Math.max(0, Math.min(position - 1, others.size())), moved);
    }
    for (int i = 0; i < others.size(); i++) {
      if (others.get(i).position() != i + 1) {
        others.get(i).moveTo(i + 1);
      }
    }
    em.flush();
  }

  private Indicator indicatorOf(IndicatorSet set, long indicatorId) {
    Indicator indicator = em.find(Indicator.class, indicatorId);
    if (indicator == null || indicator.setId() != set.id()) {
      throw new NotFoundException("Indicator", indicatorId);
    }
    return indicator;
  }

  private static void requireUniqueCode(List<IndicatorRow> indicators, String code, long except) {
    if (indicators.stream().anyMatch(i -> i.code().equals(code) && i.id() != except)) {
      throw new InvalidInputException("code", "The set already has an indicator " + code);
    }
  }

  private IndicatorSet changeable(long id, OptionalLong expectedVersion) {
    requireRug();
    IndicatorSet set = em.find(IndicatorSet.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (set == null) {
      throw new NotFoundException("Indicator set", id);
    }
    if (expectedVersion.isPresent() && set.version() != expectedVersion.getAsLong()) {
      throw new StaleVersionException("Indicator set", id);
    }
    if (inUse(id)) {
      throw new ConflictException("A report already uses this set: make a new set from the year the change applies");
    }
    return set;
  }

  private boolean inUse(long id) {
    return (Boolean) em.createNativeQuery("select indicator_set_in_use(?1)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, id)
        .getSingleResult();
  }

  private static String name(String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > 300) {
      throw new InvalidInputException("name", "Give the set a name of at most 300 characters");
    }
    return clean;
  }

  private void requireRug() {
    if (!canChange()) {
      throw new AccessDeniedException("Only the regional development group (RUG) changes the indicator sets");
    }
  }
}
