package se.samverkan.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import se.samverkan.agreement.DemoAgreement;
import se.samverkan.coordination.assignment.DemoAssignments;
import se.samverkan.coordination.meeting.DemoTerm;
import se.samverkan.plan.DemoPlans;
import se.samverkan.deviation.DemoDeviations;
import se.samverkan.followup.DefaultIndicatorSets;
import se.samverkan.followup.DemoFollowUps;
import se.samverkan.tenancy.TenantProvisioning;
import se.samverkan.tenants.AreaDirectory;

/**
 * Before anything else runs: migrates the schema and provisions the parties, both as the owning
 * role. The owner's credentials come from the server's configuration and are used only here; the
 * application itself connects through {@code jdbc/samverkan} as a role that owns nothing.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseSetup {

  private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

  @Inject
  @ConfigProperty(name = "samverkan.db.owner.url")
  String url;

  @Inject
  @ConfigProperty(name = "samverkan.db.owner.user")
  String owner;

  @Inject
  @ConfigProperty(name = "samverkan.db.owner.password")
  String password;

  @Inject
  @ConfigProperty(name = "samverkan.db.app-role", defaultValue = "samverkan_app")
  String appRole;

  @Inject
  @ConfigProperty(name = "samverkan.tenants.dir")
  String tenantsDirectory;

  @Inject Clock clock;

  private volatile boolean ready;

  @PostConstruct
  void migrateAndProvision() {
    long started = System.nanoTime();
    var migration =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(url, owner, password)
            .locations("classpath:db/migration")
            .placeholders(Map.of("app_role", appRole))
            .load()
            .migrate();
    try (Connection connection = DriverManager.getConnection(url, owner, password)) {
      var areas = AreaDirectory.read(Path.of(tenantsDirectory));
      var created = new TenantProvisioning(connection).provision(areas);
      new DemoTerm(connection, clock).write(created);
      new DemoAssignments(connection, clock).write(created);
      new DemoPlans(connection, clock).write(areas);
      new DemoAgreement(connection).write(created);
      new DemoDeviations(connection, clock).write(created);
      new DefaultIndicatorSets(connection, clock).ensure();
      new DemoFollowUps(connection, clock).write(created);
    } catch (SQLException e) {
      throw new IllegalStateException("provisioning the tenants failed", e);
    }
    ready = true;
    LOG.info(() -> String.format("database ready: %d migrations applied, tenants provisioned in %d ms",
        migration.migrationsExecuted, (System.nanoTime() - started) / 1_000_000));
  }

  /** True once migrations ran and the parties are provisioned. */
  public boolean isReady() {
    return ready;
  }
}
