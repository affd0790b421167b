package se.samverkan.coordination.assignment;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.coordination.GroupKind;
import se.samverkan.tenancy.TenantId;

/**
 * The one place a party reads its region's assignments. {@link Assignment} is region-owned, and
 * EclipseLink's tenant discriminator would hide it from the party's session, so the party reads
 * it with SQL that states the addressing itself (the application's layer: only assignments of
 * this party's region addressed to this party), while the database's policy
 * {@code addressed_party_reads} enforces the same on its own.
 */
@Dependent
public class AddressedAssignments {

  private static final String ADDRESSED =
      "select a.id, a.description, a.agreement_ref, a.due_date, a.target_kind, a.version"
          + " from assignment a"
          + " where a.tenant_id = area_region_of(?1)"
          + " and (a.target_kind in (select g.kind from coordination_group g where g.tenant_id = ?1)"
          + "   or exists (select 1 from assignment_target t where t.assignment_id = a.id and t.party_id = ?1))";

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  List<AssignmentSummary> all(TenantId party) {
    List<AssignmentSummary> assignments = new ArrayList<>();
    for (Object row : em.createNativeQuery(ADDRESSED + " order by a.due_date, a.id")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, party.value())
        .getResultList()) {
      assignments.add(summary((Object[]) row));
    }
    return assignments;
  }

  Optional<AssignmentSummary> find(TenantId party, long id) {
    List<?> rows = em.createNativeQuery(ADDRESSED + " and a.id = ?2")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, party.value())
        .setParameter(2, id)
        .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(summary((Object[]) rows.get(0)));
  }

  /** The party's groups RUG chose for the assignment (none when it went to a kind of group). */
  Set<Long> chosenGroups(TenantId party, long assignmentId) {
    Set<Long> groups = new HashSet<>();
    for (Object id : em.createNativeQuery(
            "select group_id from assignment_target where assignment_id = ?1 and party_id = ?2")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, assignmentId)
        .setParameter(2, party.value())
        .getResultList()) {
      groups.add(((Number) id).longValue());
    }
    return groups;
  }

  private static AssignmentSummary summary(Object[] row) {
    Object due = row[3];
    LocalDate dueDate = due instanceof Date date ? date.toLocalDate() : (LocalDate) due;
    return new AssignmentSummary(
        ((Number) row[0]).longValue(),
        (String) row[1],
        Optional.ofNullable((String) row[2]),
        dueDate,
        Optional.ofNullable((String) row[4]).map(GroupKind::valueOf),
        ((Number) row[5]).longValue());
  }
}
