package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.Multitenant;
import org.junit.jupiter.api.Test;

/**
 * The two isolation layers as rules over the code, so a new table or entity cannot forget them:
 * every table with a {@code tenant_id} has forced row-level security and a policy, and every
 * entity is either multitenant or cacheable reference data without a tenant.
 */
class TenantIsolationRulesTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path CLASSES = Path.of("target/classes");
  private static final Pattern CREATE_TABLE =
      Pattern.compile("create table (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);

  @Test
  void everyTenantOwnedTableHasForcedRowLevelSecurityAndAPolicy() throws IOException {
    String sql = migrations().toLowerCase(Locale.ROOT);
    List<String> tenantTables = new ArrayList<>();
    Matcher table = CREATE_TABLE.matcher(sql);
    while (table.find()) {
      if (table.group(2).matches("(?s).*\\btenant_id\\s+text\\s+not null.*")) {
        tenantTables.add(table.group(1));
      }
    }

    assertThat(tenantTables).contains("coordination_group", "group_member", "assignment",
        "assignment_target", "assignment_report", "assignment_report_snapshot");
    assertThat(sql).doesNotContainPattern("grant [a-z, ]+ on [a-z_, ]*membership_directory");
    assertThat(sql).doesNotContainPattern("grant [a-z, ]+ on [a-z_, ]*group_directory");
    List<String> granted = tablesGrantedToTheApplication(sql);
    assertThat(granted).contains("coordination_group", "group_member", "tenant");
    // a tenant-keyed table the application cannot touch at all (the membership directory) needs
    // no policy; every table it can touch does
    assertThat(tenantTables.stream().filter(granted::contains)).allSatisfy(name -> {
      assertThat(sql).contains("alter table " + name + " enable row level security");
      assertThat(sql).contains("alter table " + name + " force row level security");
      assertThat(sql).containsPattern("create policy \\w+ on " + name
          + "\\s+using \\(tenant_id = current_setting\\('app.tenant_id', true\\)\\)"
          + "\\s+with check \\(tenant_id = current_setting\\('app.tenant_id', true\\)\\)");
    });
  }

  /**
   * Data shared across tenants (assignments, later agreements) adds policies beside
   * {@code tenant_isolation}. Such a policy may only let others read ({@code for select}), only
   * narrow ({@code as restrictive}), or admit an insert into a table the application cannot
   * insert into itself (so only a security definer function of the owner writes there, and the
   * policy still binds it). Never an extra policy that lets the application write across tenants.
   */
  @Test
  void policiesBesideTenantIsolationOnlyReadNarrowOrBindDefinerWrites() throws IOException {
    String sql = migrations().toLowerCase(Locale.ROOT);
    Matcher policy = Pattern.compile("create policy (\\w+) on (\\w+)([^;]*);").matcher(sql);
    List<String> extra = new ArrayList<>();
    while (policy.find()) {
      String name = policy.group(1);
      String table = policy.group(2);
      String rest = policy.group(3).strip();
      if (name.equals("tenant_isolation")) {
        continue;
      }
      extra.add(table + "." + name);
      boolean readsOnly = rest.startsWith("for select");
      boolean narrows = rest.startsWith("as restrictive");
      boolean bindsDefinerInsert = rest.startsWith("for insert")
          && !Pattern.compile("grant [a-z, ]*(insert|all)[a-z, ]* on [a-z_, ]*\\b" + table + "\\b[a-z_, ]* to \\$\\{app_role\\}")
              .matcher(sql).find();
      assertThat(readsOnly || narrows || bindsDefinerInsert)
          .as("policy %s on %s: %s", name, table, rest)
          .isTrue();
    }
    assertThat(extra).contains("assignment.addressed_party_reads", "assignment_report_snapshot.submitted_by_its_party");
  }

  @Test
  void everyEntityIsMultitenantOrTenantFreeReferenceData() throws Exception {
    List<Class<?>> entities = entities();

    assertThat(entities).isNotEmpty();
    String sql = migrations().toLowerCase(Locale.ROOT);
    for (Class<?> entity : entities) {
      String table = entity.getAnnotation(Table.class).name();
      boolean multitenant = entity.isAnnotationPresent(Multitenant.class);
      boolean tenantColumn = tableDefinition(sql, table).contains("tenant_id");
      assertThat(multitenant)
          .as("%s (table %s) is multitenant exactly when its table has a tenant_id", entity, table)
          .isEqualTo(tenantColumn);
      assertThat(entity.isAnnotationPresent(Cacheable.class))
          .as("%s: only tenant-free reference data may be in the shared cache", entity)
          .isEqualTo(!multitenant);
    }
  }

  /**
   * EclipseLink 4.0 (Payara 6) loads a lazy collection of a multitenant entity without the
   * request's tenant; row-level security then answers with no rows (measured: a meeting's agenda
   * came back empty). Such children are read with queries instead, which carry the tenant.
   */
  @Test
  void noMultitenantEntityHoldsACollectionMapping() throws Exception {
    for (Class<?> entity : entities()) {
      if (!entity.isAnnotationPresent(Multitenant.class)) {
        continue;
      }
      for (java.lang.reflect.Field field : entity.getDeclaredFields()) {
        assertThat(field.isAnnotationPresent(jakarta.persistence.OneToMany.class)
                || field.isAnnotationPresent(jakarta.persistence.ManyToMany.class)
                || field.isAnnotationPresent(jakarta.persistence.ElementCollection.class))
            .as("%s.%s: read a multitenant entity's children with a query, not a collection mapping",
                entity.getSimpleName(), field.getName())
            .isFalse();
      }
    }
  }

  private static List<String> tablesGrantedToTheApplication(String sql) {
    List<String> tables = new ArrayList<>();
    Matcher grant = Pattern.compile("grant [a-z, ]+ on ([a-z_, ]+) to \\$\\{app_role\\}").matcher(sql);
    while (grant.find()) {
      for (String table : grant.group(1).split(",")) {
        tables.add(table.strip());
      }
    }
    return tables;
  }

  private static String tableDefinition(String sql, String table) {
    Matcher matcher = CREATE_TABLE.matcher(sql);
    while (matcher.find()) {
      if (matcher.group(1).equals(table)) {
        return matcher.group(2);
      }
    }
    throw new AssertionError("no migration creates table " + table);
  }

  private static String migrations() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.sorted().toList()) {
        all.append(Files.readString(file)).append('\n');
      }
    }
    return all.toString();
  }

  private static List<Class<?>> entities() throws Exception {
    List<Class<?>> entities = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains("$")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, TenantIsolationRulesTest.class.getClassLoader());
        if (type.isAnnotationPresent(Entity.class)) {
          entities.add(type);
        }
      }
    }
    return entities;
  }
}
