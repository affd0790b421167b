package se.samverkan.followup.quarterly;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.tenancy.TenantId;

/**
 * The one way indicators and figures are read, in every space of the area alike. Definitions are
 * the region's rows and figures every party's; EclipseLink's tenant discriminator would show a
 * session only its own tenant's, so this reads with SQL that states the sharing itself (the
 * area's region's indicators; the figures of the parties of the same area) while the database's
 * {@code area_parties_read} and {@code area_reads} policies enforce the same on their own.
 */
@Dependent
public class QuarterlyReading {

  private static final String DEFINITION_COLUMNS = "d.id, d.code, d.name_sv, d.name_en, d.description, d.unit,"
      + " d.better, d.reported_by, d.active_from, d.active_to, d.retired, d.version";

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  /** The indicators of the space's area, by code. */
  public List<Definition> definitions(TenantId space) {
    return rows("select " + DEFINITION_COLUMNS + " from quarterly_indicator d"
        + " where d.tenant_id = area_region_of(?1) order by d.code", space.value())
        .stream().map(QuarterlyReading::definition).toList();
  }

  public Optional<Definition> definition(TenantId space, long id) {
    return rows("select " + DEFINITION_COLUMNS + " from quarterly_indicator d"
        + " where d.tenant_id = area_region_of(?1) and d.id = ?2", space.value(), id)
        .stream().findFirst().map(QuarterlyReading::definition);
  }

  /** Every figure of an indicator reported by a party of the space's area, oldest quarter first. */
  public List<Figure> figures(TenantId space, long indicatorId) {
    return rows("select v.tenant_id, v.quarter, v.value, v.version from quarterly_value v"
        + " where v.indicator_id = ?2 and area_region_of(v.tenant_id) = area_region_of(?1)"
        + " order by v.quarter, v.tenant_id", space.value(), indicatorId)
        .stream().map(QuarterlyReading::figure).toList();
  }

  /** The figures of the latest quarter anyone of the area reported for the indicator. */
  public List<Figure> latestFigures(TenantId space, long indicatorId) {
    return rows("select v.tenant_id, v.quarter, v.value, v.version from quarterly_value v"
        + " where v.indicator_id = ?2 and area_region_of(v.tenant_id) = area_region_of(?1)"
        + " and v.quarter = (select max(w.quarter) from quarterly_value w where w.indicator_id = ?2"
        + " and area_region_of(w.tenant_id) = area_region_of(?1))"
        + " order by v.tenant_id", space.value(), indicatorId)
        .stream().map(QuarterlyReading::figure).toList();
  }

  private static Definition definition(Object[] r) {
    return new Definition(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
        Unit.valueOf((String) r[5]), Better.valueOf((String) r[6]), ReportedBy.valueOf((String) r[7]),
        Quarter.parse((String) r[8]), Optional.ofNullable((String) r[9]).map(Quarter::parse),
        Boolean.TRUE.equals(r[10]), num(r[11]));
  }

  private static Figure figure(Object[] r) {
    return new Figure(new TenantId((String) r[0]), Quarter.parse((String) r[1]), decimal(r[2]), num(r[3]));
  }

  private static long num(Object value) {
    return ((Number) value).longValue();
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d.stripTrailingZeros() : new BigDecimal(value.toString()).stripTrailingZeros();
  }

  private List<Object[]> rows(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add(row instanceof Object[] array ? array : new Object[] {row});
    }
    return rows;
  }
}
