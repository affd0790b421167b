package se.samverkan.followup;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.tenancy.TenantId;

/**
 * The one place the region's indicator sets and rounds are read, in any space of the area. They
 * are the region's rows, which EclipseLink's tenant discriminator would hide from a municipality's
 * session, so they are read with SQL that names the area's region itself (the application's
 * layer); the database's {@code area_reads} policies hold the same on their own. In the region's
 * own space the same SQL reads its own rows.
 */
@Dependent
public class AreaIndicators {

  private static final String SET = "select s.id, s.valid_from_year, s.name, s.version from indicator_set s"
      + " where s.tenant_id = area_region_of(?1)";
  private static final String INDICATOR = "select i.id, i.indicator_set_id, i.position, i.code, i.heading,"
      + " i.guidance, i.kind, i.source, i.choices, i.table_columns, i.required, i.version from indicator i"
      + " where i.tenant_id = area_region_of(?1)";

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  public List<IndicatorSetSummary> sets(TenantId party) {
    List<IndicatorSetSummary> sets = new ArrayList<>();
    for (Object row : nativeQuery(SET + " order by s.valid_from_year desc", party).getResultList()) {
      sets.add(set((Object[]) row));
    }
    return sets;
  }

  public Optional<IndicatorSetSummary> set(TenantId party, long id) {
    return first(nativeQuery(SET + " and s.id = ?2", party).setParameter(2, id).getResultList()).map(AreaIndicators::set);
  }

  /** The set that applies to the year: the one with the greatest first year not after it. */
  public Optional<IndicatorSetSummary> setFor(TenantId party, int year) {
    return first(nativeQuery(SET + " and s.valid_from_year <= ?2 order by s.valid_from_year desc limit 1", party)
        .setParameter(2, year).getResultList()).map(AreaIndicators::set);
  }

  public List<IndicatorRow> indicators(TenantId party, long setId) {
    List<IndicatorRow> indicators = new ArrayList<>();
    for (Object row : nativeQuery(INDICATOR + " and i.indicator_set_id = ?2 order by i.position, i.id", party)
        .setParameter(2, setId).getResultList()) {
      indicators.add(indicator((Object[]) row));
    }
    return indicators;
  }

  public Optional<RoundSummary> round(TenantId party, int year) {
    return first(nativeQuery("select r.id, r.year, r.deadline, r.version from followup_round r"
            + " where r.tenant_id = area_region_of(?1) and r.year = ?2", party)
        .setParameter(2, year).getResultList())
        .map(r -> new RoundSummary(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), date(r[2]),
            ((Number) r[3]).longValue()));
  }

  private jakarta.persistence.Query nativeQuery(String sql, TenantId party) {
    return em.createNativeQuery(sql)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, party.value());
  }

  private static Optional<Object[]> first(List<?> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
  }

  private static IndicatorSetSummary set(Object[] row) {
    return new IndicatorSetSummary(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (String) row[2],
        ((Number) row[3]).longValue());
  }

  private static IndicatorRow indicator(Object[] row) {
    IndicatorDefinition definition = new IndicatorDefinition(
        (String) row[3], (String) row[4], Optional.ofNullable((String) row[5]),
        IndicatorKind.valueOf((String) row[6]),
        Optional.ofNullable((String) row[7]).map(IndicatorSource::valueOf),
        Lines.split((String) row[8]), Lines.split((String) row[9]), (Boolean) row[10]);
    return new IndicatorRow(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
        ((Number) row[2]).intValue(), definition, ((Number) row[11]).longValue());
  }

  static LocalDate date(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
