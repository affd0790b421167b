package se.samverkan.coordination.assignment;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.coordination.GroupKind;

/**
 * The active coordination groups of the region's area, as the region may know them. The region
 * cannot read the municipalities' groups (row-level security); the database answers through
 * {@code area_groups()}, which gives id, party, kind and name, for the calling region's area only.
 */
@Dependent
public class AreaGroups {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  List<AreaGroup> all() {
    List<AreaGroup> groups = new ArrayList<>();
    for (Object row : em.createNativeQuery(
            "select group_id, tenant_id, kind, name from area_groups() where status = 'ACTIVE'"
                + " order by tenant_id, kind, name")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getResultList()) {
      Object[] columns = (Object[]) row;
      groups.add(new AreaGroup(((Number) columns[0]).longValue(), (String) columns[1],
          GroupKind.valueOf((String) columns[2]), (String) columns[3]));
    }
    return groups;
  }
}
