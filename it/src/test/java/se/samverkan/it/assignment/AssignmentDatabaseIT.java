package se.samverkan.it.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.it.assignment.Assignments.FALKENBERG;
import static se.samverkan.it.assignment.Assignments.HYLTE;
import static se.samverkan.it.assignment.Assignments.LAHOLM;
import static se.samverkan.it.assignment.Assignments.id;
import static se.samverkan.it.assignment.Assignments.toGroups;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Database.column;
import static se.samverkan.it.support.Database.count;
import static se.samverkan.it.support.Database.setTenant;
import static se.samverkan.it.support.Database.update;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.SSGB;
import static se.samverkan.it.support.Halland.SSGV;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
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
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The database on its own keeps the assignments' crossing of tenants narrow, whatever the
 * application asks: nothing without context; a party reads only the assignments addressed to it
 * and never the region's snapshots; snapshots are written only through submit_assignment_report,
 * for the caller's own party; the directory of groups is closed to the application.
 */
@ExtendWith(ArquillianExtension.class)
public class AssignmentDatabaseIT {

  private static final List<String> TABLES =
      List.of("assignment", "assignment_target", "assignment_report", "assignment_report_snapshot");

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Database database;
  private Assignments assignments;
  private long assignment;
  private long laholmSsgv;
  private long laholmReport;
  private long hylteDraft;

  /** An assignment to Laholm's SSGV and Hylte's SSGB: Laholm submits a report, Hylte drafts one. */
  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    database = new Database(stack);
    Api api = new Api(stack);
    assignments = new Assignments(api, new Tokens(stack));
    laholmSsgv = assignments.groupId(LAHOLM, SSGV);
    long hylteSsgb = assignments.groupId(HYLTE, SSGB);
    assignment = id(assignments.give(
        toGroups(uniqueName("Databasprov"), LocalDate.now().plusMonths(2), laholmSsgv, hylteSsgb)));
    JsonObject report = assignments.draft(LAHOLM, assignment, laholmSsgv, "PROGRESS", "Laholms lägesrapport");
    laholmReport = id(report);
    assignments.submit(LAHOLM, assignment, laholmSsgv, report);
    hylteDraft = id(assignments.draft(HYLTE, assignment, hylteSsgb, "PROGRESS", "Hyltes utkast"));
  }

  @Test
  void withoutContextNothingIsVisible() throws SQLException {
    try (Connection app = database.asApplication()) {
      for (String table : TABLES) {
        assertThat(count(app, "select count(*) from " + table)).as("%s without context", table).isZero();
      }
      assertThat(count(app, "select count(*) from area_groups()")).as("area groups without context").isZero();
      assertThatThrownBy(() -> count(app, "select count(*) from group_directory")).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void aPartyNeverReadsTheRegionsSnapshotsNorOthersReports() throws SQLException {
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      for (String party : List.of(FALKENBERG, HYLTE, LAHOLM)) {
        setTenant(app, party);
        assertThat(count(app, "select count(*) from assignment_report_snapshot")).as("snapshots seen by %s", party).isZero();
        assertThat(column(app, "select distinct tenant_id from assignment_report")).as("reports seen by %s", party)
            .allMatch(party::equals);
        assertThat(count(app, "select count(*) from area_groups()")).as("area groups seen by %s", party).isZero();
        app.rollback();
      }
      // the region reads its snapshot of Laholm's report, never the report itself
      setTenant(app, REGION);
      assertThat(count(app, "select count(*) from assignment_report_snapshot where report_id = ?", laholmReport)).isOne();
      assertThat(count(app, "select count(*) from assignment_report")).isZero();
      assertThat(count(app, "select count(*) from area_groups() where group_id = ?", laholmSsgv)).isOne();
      app.rollback();
    }
  }

  @Test
  void aPartyReadsOnlyTheAssignmentsAddressedToIt() throws SQLException {
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      setTenant(app, LAHOLM);
      assertThat(count(app, "select count(*) from assignment where id = ?", assignment)).isOne();
      assertThat(column(app, "select distinct party_id from assignment_target")).containsExactly(LAHOLM);
      // reading is all: the region's assignment cannot be changed or removed by the party
      assertThat(update(app, "update assignment set description = 'Kapad' where id = ?", assignment)).isZero();
      assertThat(update(app, "delete from assignment_target where assignment_id = ?", assignment)).isZero();
      app.rollback();

      setTenant(app, FALKENBERG);
      assertThat(count(app, "select count(*) from assignment where id = ?", assignment)).as("not addressed").isZero();
      // nor can it report on an assignment not addressed to it, in its own name
      long falkenbergSsgb = Long.parseLong(column(app,
          "select id from coordination_group where kind = 'SSGB'").get(0));
      assertThatThrownBy(() -> update(app,
              "insert into assignment_report (tenant_id, assignment_id, group_id, kind, body) values (?, ?, ?, 'PROGRESS', 'Kuckuk')",
              FALKENBERG, assignment, falkenbergSsgb))
          .isInstanceOf(SQLException.class);
      app.rollback();
    }
  }

  @Test
  void snapshotsAreWrittenOnlyThroughTheFunctionForTheCallersOwnParty() throws SQLException {
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      // straight into the region's table: no right to insert, in any context
      for (String context : List.of(LAHOLM, REGION)) {
        setTenant(app, context);
        assertThatThrownBy(() -> update(app,
                "insert into assignment_report_snapshot (tenant_id, assignment_id, party_id, group_id, group_name,"
                    + " group_kind, report_id, kind, body, submitted_at)"
                    + " values (?, ?, ?, ?, 'Falsk', 'SSGV', -1, 'FINAL', 'Påhittad', now())",
                REGION, assignment, LAHOLM, laholmSsgv))
            .as("insert as %s", context).isInstanceOf(SQLException.class);
        app.rollback();
      }
      // through the function: Hylte's draft is not submitted, and Laholm cannot submit Hylte's report
      setTenant(app, HYLTE);
      assertThatThrownBy(() -> column(app, "select submit_assignment_report(?)", hylteDraft))
          .as("a draft").isInstanceOf(SQLException.class);
      app.rollback();
      setTenant(app, LAHOLM);
      assertThatThrownBy(() -> column(app, "select submit_assignment_report(?)", hylteDraft))
          .as("another party's report").isInstanceOf(SQLException.class);
      app.rollback();
      // nor Laholm's own report a second time
      setTenant(app, LAHOLM);
      assertThatThrownBy(() -> column(app, "select submit_assignment_report(?)", laholmReport))
          .as("submitted twice").isInstanceOf(SQLException.class);
      app.rollback();
    }
    try (Connection owner = database.asOwner()) {
      owner.setAutoCommit(false);
      setTenant(owner, REGION);
      assertThat(count(owner, "select count(*) from assignment_report_snapshot where assignment_id = ?", assignment))
          .as("snapshots of the assignment").isOne();
      owner.rollback();
    }
  }
}
