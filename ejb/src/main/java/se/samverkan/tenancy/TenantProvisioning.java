package se.samverkan.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import se.samverkan.tenants.AreaDefinition;
import se.samverkan.tenants.GroupDefinition;
import se.samverkan.tenants.MemberDefinition;
import se.samverkan.tenants.TenantDefinition;
import se.samverkan.tenants.UserOrganisationDefinition;

/**
 * Brings the database in line with the area files, idempotently: areas, parties and user
 * organisations are inserted or corrected; a tenant's provisioned groups are created once (known
 * by their key) with their demo members, and never touched again, so what people changed in a
 * group survives a restart.
 *
 * <p>Runs at start-up as the owning role, like the migrations; the tenant's context is set for
 * its groups because row-level security binds the owner too.
 */
public final class TenantProvisioning {

  private static final Logger LOG = Logger.getLogger(TenantProvisioning.class.getName());

  private final Connection connection;

  public TenantProvisioning(Connection connection) {
    this.connection = connection;
  }

  /** A group this run created, with the area file's wish for a demo term. */
  public record CreatedGroup(String tenantId, long groupId, String kind, boolean demoTerm) {}

  /** @return the groups created now (none on a restart) */
  public List<CreatedGroup> provision(List<AreaDefinition> areas) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      List<CreatedGroup> created = new ArrayList<>();
      for (AreaDefinition area : areas) {
        provisionArea(area, created);
      }
      connection.commit();
      return created;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private void provisionArea(AreaDefinition area, List<CreatedGroup> created) throws SQLException {
    update(
        "insert into collaboration_area (id, name) values (?, ?) on conflict (id) do update"
            + " set name = excluded.name where collaboration_area.name <> excluded.name",
        area.id(), area.name());
    for (TenantDefinition tenant : area.tenants()) {
      update(
          "insert into tenant (id, area_id, name, kind) values (?, ?, ?, ?) on conflict (id) do update"
              + " set area_id = excluded.area_id, name = excluded.name, kind = excluded.kind"
              + " where (tenant.area_id, tenant.name, tenant.kind)"
              + " is distinct from (excluded.area_id, excluded.name, excluded.kind)",
          tenant.id(), area.id(), tenant.name(), tenant.kind().name());
    }
    for (UserOrganisationDefinition organisation : area.userOrganisations()) {
      update(
          "insert into user_organisation (id, area_id, name) values (?, ?, ?) on conflict (id) do update"
              + " set area_id = excluded.area_id, name = excluded.name"
              + " where (user_organisation.area_id, user_organisation.name)"
              + " is distinct from (excluded.area_id, excluded.name)",
          organisation.id(), area.id(), organisation.name());
    }
    for (TenantDefinition tenant : area.tenants()) {
      provisionGroups(tenant, area.demoTerm(), created);
    }
  }

  private void provisionGroups(TenantDefinition tenant, boolean demoTerm, List<CreatedGroup> createdGroups)
      throws SQLException {
    if (tenant.groups().isEmpty()) {
      return;
    }
    try (PreparedStatement context =
        connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      context.setString(1, tenant.id());
      context.execute();
    }
    for (GroupDefinition group : tenant.groups()) {
      Long created = createGroupOnce(tenant, group);
      if (created != null) {
        createdGroups.add(new CreatedGroup(tenant.id(), created, group.kind(), demoTerm));
        for (MemberDefinition member : group.members()) {
          update(
              "insert into group_member (tenant_id, group_id, name, email, organisation, unit,"
                  + " mandate, role) values (?, ?, ?, ?, ?, ?, ?, ?)",
              tenant.id(), created, member.name(), member.email(), member.organisation(),
              member.unit(), member.mandate(), member.role());
        }
        LOG.info(() -> "provisioned group " + group.key() + " of " + tenant.id());
      }
    }
  }

  /** The new group's id, or null when the tenant already has a group with this key. */
  private Long createGroupOnce(TenantDefinition tenant, GroupDefinition group) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into coordination_group (tenant_id, provision_key, kind, name, target_groups)"
                + " values (?, ?, ?, ?, ?) on conflict (tenant_id, provision_key) do nothing returning id")) {
      insert.setString(1, tenant.id());
      insert.setString(2, group.key());
      insert.setString(3, group.kind());
      insert.setString(4, group.name());
      insert.setString(5, targetGroupsOf(group.kind()));
      try (ResultSet rows = insert.executeQuery()) {
        return rows.next() ? rows.getLong(1) : null;
      }
    }
  }

  /**
   * The agreement's target groups a provisioned group starts with: the SSGB serves children and
   * young people, the SSGV adults. The municipality may change them afterwards.
   */
  private static String targetGroupsOf(String kind) {
    return switch (kind) {
      case "SSGB" -> "CHILDREN,YOUNG_ADULTS_PLACED";
      case "SSGV" -> "MENTAL_DISABILITY,SUBSTANCE_USE";
      default -> "";
    };
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
