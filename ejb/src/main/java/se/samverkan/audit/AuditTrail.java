package se.samverkan.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.platform.Clocks;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;

/**
 * Reads a tenant's audit trail for its administrators, and records reads of sensitive details.
 * The trail is written by the database (see the package); this class never inserts a change.
 */
@Stateless
@SpaceScoped
public class AuditTrail {

  /** An export is read in slices of this many events, so a long trail never sits in memory whole. */
  static final int EXPORT_SLICE = 1_000;

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;

  /** Records that the caller read an object's details: same transaction as the read. */
  public void recordRead(String objectType, Object objectId) {
    em.createNativeQuery("select record_read(?1, ?2)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, objectType)
        .setParameter(2, String.valueOf(objectId))
        .getSingleResult();
  }

  public Page<AuditEvent> events(AuditFilter filter, PageRequest page) {
    Space space = administeredSpace();
    SqlFilter where = SqlFilter.of(space, filter);
    long total = ((Number) where.apply(em.createNativeQuery("select count(*) from audit_event " + where.sql()))
        .getSingleResult()).longValue();
    return Page.of(slice(where, page.offset(), page.size()), page, total);
  }

  /** Every event the filter selects, newest first, handed over slice by slice. */
  public void export(AuditFilter filter, Consumer<AuditEvent> sink) {
    SqlFilter where = SqlFilter.of(administeredSpace(), filter);
    int offset = 0;
    List<AuditEvent> slice;
    do {
      slice = slice(where, offset, EXPORT_SLICE);
      slice.forEach(sink);
      offset += slice.size();
    } while (slice.size() == EXPORT_SLICE);
  }

  private List<AuditEvent> slice(SqlFilter where, int offset, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = where.apply(em.createNativeQuery(
            "select id, occurred_at, actor, request_id, action, object_type, object_id, changes::text"
                + " from audit_event " + where.sql() + " order by occurred_at desc, id desc"
                + " offset " + offset + " limit " + limit))
        .getResultList();
    List<AuditEvent> events = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      events.add(new AuditEvent((UUID) row[0], utc((Timestamp) row[1]), (String) row[2],
          Optional.ofNullable((String) row[3]), AuditAction.valueOf((String) row[4]), (String) row[5],
          (String) row[6], (String) row[7]));
    }
    return events;
  }

  /** Refuses anyone but the tenant's administrators, before an export starts streaming. */
  public void requireAdministrator() {
    administeredSpace();
  }

  /** The trail is the tenant's own administrators' to read: in their home space only. */
  private Space administeredSpace() {
    Space space = currentSpace.get();
    if (!space.isAdministeredByCaller()) {
      throw new AccessDeniedException("Only the tenant's administrators read its audit trail");
    }
    return space;
  }

  private static OffsetDateTime utc(Timestamp timestamp) {
    return timestamp.toInstant().atOffset(ZoneOffset.UTC);
  }

  /** The where clause of a filter, with its parameters in order. */
  private record SqlFilter(String sql, List<Object> parameters) {

    static SqlFilter of(Space space, AuditFilter filter) {
      StringBuilder sql = new StringBuilder("where tenant_id = ?1");
      List<Object> parameters = new ArrayList<>(List.of(space.tenant().value()));
      filter.objectType().ifPresent(type -> add(sql, parameters, "object_type = ?", type));
      filter.objectId().ifPresent(id -> add(sql, parameters, "object_id = ?", id));
      filter.actor().ifPresent(actor -> add(sql, parameters, "actor = ?", actor));
      filter.action().ifPresent(action -> add(sql, parameters, "action = ?", action.name()));
      filter.from().ifPresent(day -> add(sql, parameters, "occurred_at >= ?", startOf(day)));
      filter.to().ifPresent(day -> add(sql, parameters, "occurred_at < ?", startOf(day.plusDays(1))));
      return new SqlFilter(sql.toString(), parameters);
    }

    private static void add(StringBuilder sql, List<Object> parameters, String condition, Object value) {
      parameters.add(value);
      sql.append(" and ").append(condition).append(parameters.size());
    }

    private static Timestamp startOf(LocalDate day) {
      return Timestamp.from(day.atStartOfDay(Clocks.SWEDEN).toInstant());
    }

    Query apply(Query query) {
      query.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
      return query;
    }
  }
}
