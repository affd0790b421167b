package se.samverkan.followup.quarterly;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenancy.Tenant;
import se.samverkan.tenancy.TenantId;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

/**
 * Quarterly indicators: RUG keeps the definitions in the region's space; each party's
 * administrators and coordinators report its own figures (typed one at a time or uploaded as a
 * file, all or nothing); everyone admitted to a space of the area reads the definitions and every
 * party's figures, which are aggregate statistics the area compares openly.
 */
@Stateless
@SpaceScoped
public class QuarterlyIndicatorService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject QuarterlyReading reading;
  @Inject Clock clock;

  // --- reading ---------------------------------------------------------------------------------

  /** The area's indicators, a page at a time, each with the latest quarter's figures. */
  public Page<IndicatorSummary> overview(@NotNull PageRequest request) {
    TenantId space = space().tenant();
    List<Definition> all = reading.definitions(space);
    List<IndicatorSummary> page = new ArrayList<>();
    int to = Math.min(request.offset() + request.size(), all.size());
    for (Definition definition : all.subList(Math.min(request.offset(), all.size()), to)) {
      List<Figure> latest = reading.latestFigures(space, definition.id());
      Map<TenantId, BigDecimal> byParty = latest.stream().collect(Collectors.toMap(Figure::party, Figure::value));
      List<IndicatorSummary.PartyFigure> figures = new ArrayList<>();
      parties(definition.reportedBy()).forEach((party, name) ->
          figures.add(new IndicatorSummary.PartyFigure(party.value(), name, byParty.get(party))));
      page.add(new IndicatorSummary(definition, latest.stream().map(Figure::quarter).findFirst(), figures));
    }
    return Page.of(page, request, all.size());
  }

  public Definition definition(long id) {
    return reading.definition(space().tenant(), id).orElseThrow(() -> new NotFoundException("Indicator", id));
  }

  /** The indicator's figures per party and quarter, the area's mean and the trends. */
  public IndicatorChart chart(long id) {
    Definition definition = definition(id);
    return IndicatorChart.of(definition, parties(definition.reportedBy()),
        reading.figures(space().tenant(), id));
  }

  /** The space's own figures of an indicator, for a party that corrects one (with its version). */
  public List<Figure> ownFigures(long id) {
    definition(id);
    TenantId own = space().tenant();
    return reading.figures(own, id).stream().filter(f -> f.party().equals(own)).toList();
  }

  /** The parties that report an indicator of this kind, by name. */
  public Map<TenantId, String> parties(ReportedBy reportedBy) {
    Map<TenantId, String> parties = new LinkedHashMap<>();
    em.createQuery("select t from Tenant t where t.areaId = :area and t.kind = :kind order by t.name", Tenant.class)
        .setParameter("area", space().areaId())
        .setParameter("kind", reportedBy.kind())
        .getResultList()
        .forEach(t -> parties.put(t.id(), t.name()));
    return parties;
  }

  /** The quarter it is now, by the application's clock. */
  public Quarter currentQuarter() {
    return Quarter.of(LocalDate.now(clock));
  }

  // --- RUG keeps the definitions ---------------------------------------------------------------

  public boolean canKeepDefinitions() {
    Space space = space();
    return space.kind() == TenantKind.REGION && space.isHome() && space.caller().hasRole(Role.RUG);
  }

  public Definition create(@NotNull DefinitionDetails details) {
    requireRug();
    details.check();
    if (!em.createQuery("select d from IndicatorDefinition d where d.code = :c", IndicatorDefinition.class)
        .setParameter("c", details.code()).getResultList().isEmpty()) {
      throw new InvalidInputException("code", "The area already has an indicator with this code");
    }
    IndicatorDefinition definition = new IndicatorDefinition(details);
    em.persist(definition);
    em.flush();
    return definition(definition.id());
  }

  public Definition change(long id, @NotNull DefinitionDetails details, long expectedVersion) {
    IndicatorDefinition definition = lockedForRug(id, expectedVersion);
    definition.describe(details);
    em.flush();
    return definition(id);
  }

  /** No figures from the current quarter on; those reported stay. */
  public Definition retire(long id, long expectedVersion) {
    IndicatorDefinition definition = lockedForRug(id, expectedVersion);
    definition.retire(currentQuarter());
    em.flush();
    return definition(id);
  }

  private IndicatorDefinition lockedForRug(long id, long expectedVersion) {
    requireRug();
    IndicatorDefinition definition = em.find(IndicatorDefinition.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (definition == null) {
      throw new NotFoundException("Indicator", id);
    }
    if (definition.version() != expectedVersion) {
      throw new StaleVersionException("Indicator", id);
    }
    return definition;
  }

  private void requireRug() {
    if (!canKeepDefinitions()) {
      throw new AccessDeniedException("Only RUG, in the region's space, keeps the quarterly indicators");
    }
  }

  // --- parties report their figures ------------------------------------------------------------

  /** The party's own administrators and coordinators report its figures. */
  public boolean canReport() {
    Space space = space();
    return space.isHome() && !space.caller().hasRole(Role.OBSERVER)
        && space.caller().hasAnyRole(Role.TENANT_ADMIN, Role.COORDINATOR);
  }

  /**
   * One figure, typed in. A new figure is given without a version (or 0 as when there is none);
   * replacing one needs the version last read, else 409.
   */
  public Figure report(long id, @NotNull Quarter quarter, @NotNull BigDecimal value, Long expectedVersion) {
    requireReporter();
    Definition definition = definition(id);
    FigureRules.checkQuarter(definition, space().kind(), quarter, currentQuarter())
        .ifPresent(k -> {
          throw new InvalidInputException("quarter", capitalised(k.english(
              k == RowProblem.Kind.RETIRED || k == RowProblem.Kind.NOT_REPORTED_BY_YOU ? definition.code()
                  : quarter.toString())));
        });
    FigureRules.checkValue(definition, value)
        .ifPresent(k -> {
          throw new InvalidInputException("value", capitalised(k.english(value.toPlainString())));
        });
    serialiseReports();
    List<QuarterlyValue> existing = em.createQuery(
            "select v from QuarterlyValue v where v.indicatorId = :i and v.quarter = :q", QuarterlyValue.class)
        .setParameter("i", id).setParameter("q", quarter.toString())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    QuarterlyValue figure;
    if (existing.isEmpty()) {
      if (expectedVersion != null && expectedVersion != 0) {
        throw new StaleVersionException("Figure", id + "/" + quarter);
      }
      figure = new QuarterlyValue(id, quarter, value);
      em.persist(figure);
    } else {
      figure = existing.get(0);
      if (expectedVersion == null || figure.version() != expectedVersion) {
        throw new StaleVersionException("Figure", id + "/" + quarter);
      }
      figure.correct(value);
    }
    em.flush();
    return new Figure(space().tenant(), quarter, figure.value(), figure.version());
  }

  /**
   * A file of figures: checked as a whole against the area's indicators; any bad line and nothing
   * is written. A good file is imported in this one transaction: new figures added, reported ones
   * replaced.
   */
  public UploadOutcome upload(@NotNull byte[] file) {
    requireReporter();
    Map<String, Definition> byCode = reading.definitions(space().tenant()).stream()
        .collect(Collectors.toMap(Definition::code, Function.identity()));
    CsvUpload.Checked checked = CsvUpload.check(file, byCode, space().kind(), currentQuarter());
    if (!checked.problems().isEmpty()) {
      return UploadOutcome.rejected(checked.problems());
    }
    serialiseReports();
    Set<Long> indicators = checked.rows().stream().map(r -> r.definition().id()).collect(Collectors.toSet());
    Map<String, QuarterlyValue> existing = new HashMap<>();
    em.createQuery("select v from QuarterlyValue v where v.indicatorId in :ids", QuarterlyValue.class)
        .setParameter("ids", indicators)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(v -> existing.put(v.indicatorId() + "|" + v.quarter(), v));
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    for (UploadRow row : checked.rows()) {
      QuarterlyValue known = existing.get(row.definition().id() + "|" + row.quarter());
      if (known == null) {
        em.persist(new QuarterlyValue(row.definition().id(), row.quarter(), row.value()));
        added++;
      } else if (known.correct(row.value())) {
        changed++;
      } else {
        unchanged++;
      }
    }
    em.flush();
    return UploadOutcome.imported(added, changed, unchanged);
  }

  private void requireReporter() {
    if (!canReport()) {
      throw new AccessDeniedException("Only the party's administrators and coordinators report its figures");
    }
  }

  /**
   * Two reports of one party at once would both find a figure missing and both insert it; a lock
   * per party for the rest of the transaction makes the second wait and then see the first's.
   */
  private void serialiseReports() {
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext('quarterly_value:' || ?1))) locked")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, space().tenant().value())
        .getSingleResult();
  }

  private Space space() {
    return currentSpace.get();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
