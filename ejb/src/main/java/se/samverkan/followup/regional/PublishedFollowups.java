package se.samverkan.followup.regional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.coordination.GroupKind;
import se.samverkan.tenancy.TenantId;

/**
 * The one way published regional follow-ups are read, in the region's space and in every party's
 * alike (observers act in a party's space). The rows are the region's; EclipseLink's tenant
 * discriminator would hide them from a party's session, so this reads them with SQL that names
 * the space's area's region, while the database's {@code area_reads} policy (FOR SELECT) enforces
 * the same on its own. Writing a publication is the region's insert; nothing here writes.
 */
@Dependent
public class PublishedFollowups {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  /** The latest revision of every published follow-up of the space's area, newest year first. */
  List<PublicationSummary> list(TenantId space) {
    List<PublicationSummary> list = new ArrayList<>();
    for (Object row : query("select distinct on (year, group_kind) year, group_kind, revision, published_at"
        + " from regional_followup_publication where tenant_id = area_region_of(?1)"
        + " order by year desc, group_kind, revision desc", space.value()).getResultList()) {
      Object[] r = (Object[]) row;
      list.add(new PublicationSummary(((Number) r[0]).intValue(), Audience.of(GroupKind.valueOf((String) r[1])),
          ((Number) r[2]).intValue(), instant(r[3])));
    }
    return list;
  }

  /** A revision, or the latest when {@code revision} is null. */
  Optional<Publication> find(TenantId space, int year, Audience audience, Integer revision) {
    List<?> rows = query("select revision, published_at, published_by, content::text"
        + " from regional_followup_publication where tenant_id = area_region_of(?1) and year = ?2"
        + " and group_kind = ?3 and (?4 = 0 or revision = ?4) order by revision desc limit 1",
        space.value(), year, audience.groupKind().name(), revision == null ? 0 : revision).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(new Publication(((Number) r[0]).intValue(), instant(r[1]), (String) r[2],
        CompilationJson.read((String) r[3])));
  }

  private jakarta.persistence.Query query(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
