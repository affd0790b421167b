package se.samverkan.it.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.it.analysis.Analyses.FALKENBERG;
import static se.samverkan.it.analysis.Analyses.LAHOLM;
import static se.samverkan.it.analysis.Analyses.analysisPath;
import static se.samverkan.it.analysis.Analyses.typicalBody;
import static se.samverkan.it.support.Database.column;
import static se.samverkan.it.support.Database.count;
import static se.samverkan.it.support.Database.rows;
import static se.samverkan.it.support.Database.setTenant;
import static se.samverkan.it.support.Database.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The analyses' tables hold on their own: the application's role sees no analysis rows without
 * a tenant context, only its tenant's with one, and cannot write into another tenant's analysis
 * or hang a section of its own under it.
 */
@ExtendWith(ArquillianExtension.class)
public class AnalysisDatabaseIT {

  private static final List<String> TABLES = List.of("local_analysis", "local_analysis_section");

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Database database;
  private long laholmGroup;

  /** Both municipalities have an analysis with sections, written through the API. */
  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    Api api = new Api(stack);
    Tokens tokens = new Tokens(stack);
    Analyses analyses = new Analyses(api, tokens);
    database = new Database(stack);
    laholmGroup = analyses.newGroup(LAHOLM);
    long falkenbergGroup = analyses.newGroup(FALKENBERG);
    assertThat(api.put(tokens.of(Halland.coordinator(LAHOLM)), analysisPath(LAHOLM, laholmGroup, 2026),
        typicalBody(null)).status()).isEqualTo(201);
    assertThat(api.put(tokens.of(Halland.coordinator(FALKENBERG)),
        analysisPath(FALKENBERG, falkenbergGroup, 2026), typicalBody(null)).status()).isEqualTo(201);
  }

  @Test
  void withoutContextTheApplicationSeesNoAnalysis() throws SQLException {
    try (Connection app = database.asApplication()) {
      for (String table : TABLES) {
        assertThat(count(app, "select count(*) from " + table)).as("%s without context", table).isZero();
        assertThat(count(app, "select count(*) from " + table + " where tenant_id = ?", LAHOLM))
            .as("%s asked for Laholm without context", table).isZero();
      }
    }
  }

  @Test
  void withContextOnlyThatTenantsAnalysesAreVisible() throws SQLException {
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      for (String tenant : List.of(LAHOLM, FALKENBERG)) {
        setTenant(app, tenant);
        for (String table : TABLES) {
          assertThat(column(app, "select distinct tenant_id from " + table))
              .as("tenants visible in %s with context %s", table, tenant).containsExactly(tenant);
        }
        app.commit();
      }
    }
  }

  @Test
  void anotherTenantsAnalysisCannotBeWritten() throws SQLException {
    List<String> before = laholmRowsAsOwner();
    long analysisId = Long.parseLong(before.get(0).replaceAll("^id=(\\d+)\\|.*", "$1"));
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      setTenant(app, FALKENBERG);
      assertThat(update(app, "update local_analysis set summary = 'Kapad' where id = ?", analysisId)).isZero();
      assertThat(update(app, "update local_analysis_section set priorities = 'Kapad' where analysis_id = ?",
          analysisId)).isZero();
      assertThat(update(app, "delete from local_analysis where id = ?", analysisId)).isZero();
      app.commit();

      // a section of Falkenberg's under Laholm's analysis: the composite key finds no such analysis
      setTenant(app, FALKENBERG);
      assertThatThrownBy(() -> update(app,
              "insert into local_analysis_section (tenant_id, analysis_id, target_group, current_picture)"
                  + " values (?, ?, 'CHILDREN', 'Kuckuk')", FALKENBERG, analysisId))
          .isInstanceOf(SQLException.class);
      app.rollback();
      // nor one in Laholm's name: refused by the policy
      setTenant(app, FALKENBERG);
      assertThatThrownBy(() -> update(app,
              "insert into local_analysis_section (tenant_id, analysis_id, target_group, current_picture)"
                  + " values (?, ?, 'CHILDREN', 'Kuckuk')", LAHOLM, analysisId))
          .isInstanceOf(SQLException.class);
      app.rollback();
    }
    assertThat(laholmRowsAsOwner()).as("Laholm's analysis after Falkenberg's attempts").isEqualTo(before);

    try (Connection app = database.asApplication()) {
      assertThat(rows(app, "select relname, relrowsecurity, relforcerowsecurity from pg_class"
              + " where relname in ('local_analysis', 'local_analysis_section') order by relname"))
          .containsExactly(
              "relname=local_analysis|relrowsecurity=t|relforcerowsecurity=t",
              "relname=local_analysis_section|relrowsecurity=t|relforcerowsecurity=t");
    }
  }

  /** This test's Laholm analysis and its sections, read as the owner in Laholm's context. */
  private List<String> laholmRowsAsOwner() throws SQLException {
    try (Connection owner = database.asOwner()) {
      owner.setAutoCommit(false);
      setTenant(owner, LAHOLM);
      List<String> all = new java.util.ArrayList<>(
          rows(owner, "select * from local_analysis where group_id = ? order by id", laholmGroup));
      all.addAll(rows(owner, "select s.* from local_analysis_section s join local_analysis a"
          + " on a.id = s.analysis_id where a.group_id = ? order by s.id", laholmGroup));
      owner.rollback();
      return all;
    }
  }
}
