package se.samverkan.agreement;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.tenancy.TenantId;

/**
 * The one way agreements are read, in the region's space and in every party's alike. The rows
 * are the region's, and EclipseLink's tenant discriminator would hide them from a party's session,
 * so this reads them with SQL that states the sharing itself (the area's region's agreements;
 * drafts only when asked for, which only the region's editors are) while the database's
 * {@code area_reads} policies enforce the same on their own.
 */
@Dependent
public class AgreementReading {

  private static final String VERSION_COLUMNS =
      "v.id, v.agreement_id, a.title, v.number, v.status, v.valid_from, v.valid_to, v.revised_by,"
          + " v.change_summary, v.consultation_deadline, v.based_on, v.version";

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  /** The agreements of the space's region with at least one readable version: id, title, lock version. */
  List<Object[]> agreements(TenantId space, boolean drafts) {
    return rows("select a.id, a.title, a.version from agreement a where a.tenant_id = area_region_of(?1)"
        + " and exists (select 1 from agreement_version v where v.agreement_id = a.id"
        + " and (v.status <> 'DRAFT' or ?2)) order by a.title, a.id", space.value(), drafts);
  }

  Optional<Object[]> agreement(TenantId space, boolean drafts, long id) {
    return first(rows("select a.id, a.title, a.version from agreement a where a.tenant_id = area_region_of(?1)"
        + " and a.id = ?3 and exists (select 1 from agreement_version v where v.agreement_id = a.id"
        + " and (v.status <> 'DRAFT' or ?2))", space.value(), drafts, id));
  }

  /** The readable versions of an agreement, oldest first, with their stage (status not yet computed). */
  List<VersionSummary> versions(TenantId space, boolean drafts, long agreementId) {
    return map(rows("select " + VERSION_COLUMNS + " from agreement_version v join agreement a on a.id = v.agreement_id"
        + " where a.tenant_id = area_region_of(?1) and (v.status <> 'DRAFT' or ?2) and v.agreement_id = ?3"
        + " order by v.number", space.value(), drafts, agreementId), AgreementReading::version);
  }

  /** The parties of the area that have decided on each version: version id, count. */
  long decisionCount(long versionId) {
    return ((Number) em.createNativeQuery("select count(*) from agreement_decision where version_id = ?1")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, versionId)
        .getSingleResult()).longValue();
  }

  List<SectionRecord> sections(long versionId) {
    return map(rows("select id, section_key, position, heading, body, version from agreement_section"
        + " where version_id = ?1 order by position, id", versionId),
        r -> new SectionRecord(num(r[0]), (String) r[1], (int) num(r[2]), (String) r[3], (String) r[4], num(r[5])));
  }

  List<TermRecord> terms(long versionId) {
    return map(rows("select id, position, term, meaning from agreement_term where version_id = ?1"
        + " order by position, id", versionId),
        r -> new TermRecord(num(r[0]), (int) num(r[1]), (String) r[2], (String) r[3]));
  }

  List<DocumentRecord> documents(long versionId) {
    return map(rows("select id, position, title, url from agreement_document where version_id = ?1"
        + " order by position, id", versionId),
        r -> new DocumentRecord(num(r[0]), (int) num(r[1]), (String) r[2], (String) r[3]));
  }

  List<ResponsibilityRecord> responsibilities(long versionId) {
    return map(rows("select id, position, target_group, region_part, municipality_part"
        + " from agreement_responsibility where version_id = ?1 order by position, id", versionId),
        r -> new ResponsibilityRecord(num(r[0]), (int) num(r[1]), (String) r[2], (String) r[3], (String) r[4]));
  }

  /** Recipients: id, kind. */
  List<Object[]> recipients(long versionId) {
    return rows("select recipient, kind from agreement_recipient where version_id = ?1 order by kind desc, recipient",
        versionId);
  }

  /** Decisions of the area's parties: party, body, decided on, reference, version. */
  List<Object[]> decisions(long versionId) {
    return rows("select tenant_id, body, decided_on, reference, version from agreement_decision"
        + " where version_id = ?1", versionId);
  }

  /** Submitted answers of the area, and the space's own drafts (filtered by the caller). */
  List<Object[]> answers(long versionId) {
    return rows("select id, respondent, respondent_kind, body, status, submitted_at, version, tenant_id"
        + " from agreement_answer where version_id = ?1 order by submitted_at nulls last, id", versionId);
  }

  List<SearchHit> search(TenantId space, boolean drafts, String query) {
    return map(rows("select a.id, a.title, v.number, s.id, s.heading,"
        + " ts_headline('swedish', s.body, q, 'StartSel=«, StopSel=», MaxWords=30, MinWords=12')"
        + " from agreement_section s join agreement_version v on v.id = s.version_id"
        + " join agreement a on a.id = v.agreement_id, websearch_to_tsquery('swedish', ?2) q"
        + " where s.search @@ q and a.tenant_id = area_region_of(?1) and (v.status <> 'DRAFT' or ?3)"
        + " order by ts_rank(s.search, q) desc, v.number desc, s.position limit 50",
        space.value(), query, drafts),
        r -> new SearchHit(num(r[0]), (String) r[1], (int) num(r[2]), num(r[3]), (String) r[4], (String) r[5]));
  }

  private static VersionSummary version(Object[] r) {
    return new VersionSummary(num(r[0]), num(r[1]), (String) r[2], (int) num(r[3]), Stage.valueOf((String) r[4]),
        null, date(r[5]), date(r[6]), (String) r[7], (String) r[8], date(r[9]),
        r[10] == null ? null : num(r[10]), num(r[11]));
  }

  static long num(Object value) {
    return ((Number) value).longValue();
  }

  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
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

  private static <T> List<T> map(List<Object[]> rows, Function<Object[], T> mapper) {
    return rows.stream().map(mapper).toList();
  }

  private static Optional<Object[]> first(List<Object[]> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }
}
