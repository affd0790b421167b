package se.samverkan.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.it.support.Database.column;
import static se.samverkan.it.support.Database.count;
import static se.samverkan.it.support.Database.execute;
import static se.samverkan.it.support.Database.rows;
import static se.samverkan.it.support.Database.setTenant;
import static se.samverkan.it.support.Database.update;
import static se.samverkan.it.support.Halland.KUNGSBACKA;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.VARBERG;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;

/**
 * Isolation in the database on its own, whatever the application does: the application's role
 * (from stack.properties) sees no tenant rows without a tenant context, only its tenant's with
 * one, cannot switch row-level security off or write into another tenant, and its context ends
 * with its transaction. The deployment makes the schema (Flyway) and the demo data.
 */
@ExtendWith(ArquillianExtension.class)
public class DatabaseIsolationIT {

  /**
   * Tables that hold rows of both municipalities in every run (the provisioned groups and their
   * demo members), so there is always something to hide.
   */
  private static final List<String> SEEDED_TABLES = List.of("coordination_group", "group_member");

  /**
   * Region-owned tables that the region's municipalities read too (an assignment is shared with
   * the parties it is addressed to); in a municipality's context they may show the region's rows.
   */
  private static final List<String> SHARED_BY_THE_REGION = List.of("assignment", "assignment_target",
      // the area's action plans and the project portfolio (issue 8)
      "programme_area", "action_plan", "plan_share", "plan_goal", "plan_initiative", "plan_activity",
      "activity_progress", "plan_cost", "plan_financing", "portfolio_goal_area", "portfolio_project",
      "project_status", "project_commitment",
      // the regional agreements (issue 4)
      "agreement", "agreement_version", "agreement_recipient", "agreement_section", "agreement_term",
      "agreement_document", "agreement_responsibility",
      // the annual follow-up (issue 7): RUG's indicator sets and rounds; a party's own submissions
      // and RUG's review of them
      "indicator_set", "indicator", "followup_round", "followup_submission", "followup_submitted_answer",
      "followup_submitted_figure", "followup_review_step",
      // the quarterly indicators' definitions (issue 7, part 6)
      "quarterly_indicator",
      // the regional follow-up (issue 7, part 5): RUG's published compilations
      "regional_followup_publication");

  /**
   * Per-party facts the whole area reads (a council's decision on an agreement, a submitted
   * consultation answer): in a party's context they may show any party of the area.
   */
  private static final List<String> SHARED_ACROSS_THE_AREA = List.of("agreement_decision", "agreement_answer",
      // every party's quarterly figures, aggregate statistics the area compares (issue 7, part 6)
      "quarterly_value");

  /**
   * Tenant tables that must be found, so a broken lookup cannot make the checks vacuous. They back
   * the multitenant entities CoordinationGroup, GroupMember, Meeting, AgendaItem,
   * MeetingAttendee, ActionItem, LocalAnalysis, AnalysisSection, OutboxMail, Assignment,
   * AssignmentTarget, AssignmentReport, SubmittedReport, Deviation, RaisedDeviation, EscalationLadder, Dispute,
   * DisputeStep, the agreement's AgreementVersion, Section, Term, RelatedDocument, Responsibility,
   * Recipient, CouncilDecision and ConsultationAnswer, the plans' ProgrammeArea, ActionPlan, PlanGoal,
   * PlanInitiative, PlanActivity, ActivityProgress, PlanShare, CostRow and FinancingRow, the
   * portfolio's Project, StatusReport and Commitment, the annual follow-up's IndicatorSet,
   * Indicator, FollowUpRound, FollowUpReport, FollowUpAnswer, FollowUpFigure, Submission,
   * SubmittedAnswer, SubmittedFigure and ReviewStep, RegionalFollowup, IndicatorDefinition and
   * QuarterlyValue.
   */
  private static final List<String> KNOWN_TENANT_TABLES = List.of(
      "coordination_group", "group_member", "meeting", "agenda_item", "meeting_attendance", "action_item",
      "local_analysis", "local_analysis_section", "mail_outbox", "assignment", "assignment_target",
      "assignment_report", "assignment_report_snapshot", "agreement", "agreement_version", "agreement_section",
      "agreement_decision", "agreement_answer", "deviation", "deviation_raised", "dispute_ladder", "dispute",
      "dispute_step", "indicator_set", "indicator", "followup_round", "followup_report", "followup_answer",
      "followup_figure", "followup_reminder", "followup_submission", "followup_submitted_answer",
      "followup_submitted_figure", "followup_review_step", "regional_followup", "regional_followup_publication",
      "quarterly_indicator", "quarterly_value", "agreement_term", "agreement_document",
      "agreement_responsibility", "agreement_recipient", "programme_area", "action_plan", "plan_goal",
      "plan_initiative", "plan_activity", "activity_progress", "plan_share", "plan_cost", "plan_financing",
      "portfolio_project", "project_status", "project_commitment");

  /** The tables of the shared reference entities Tenant and UserOrganisation, and of the areas. */
  private static final List<String> REFERENCE_TABLES =
      List.of("tenant", "user_organisation", "collaboration_area");

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Database database;
  private String appRole;
  /** Every table the application may use that has a tenant_id: found, not listed by hand. */
  private List<String> tenantTables;

  @BeforeEach
  void setUp() throws SQLException {
    Stack stack = Stack.load();
    database = new Database(stack);
    appRole = stack.appUser();
    // there is something to hide: as the owner, with context, both municipalities have rows
    try (Connection owner = database.asOwner()) {
      tenantTables = column(owner,
          "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
              + " join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'"
              + " where n.nspname = 'public' and c.relkind = 'r' and has_table_privilege(?, c.oid, 'select')"
              + " order by c.relname", appRole);
      assertThat(tenantTables).as("tenant tables the application may read").containsAll(KNOWN_TENANT_TABLES);
      owner.setAutoCommit(false);
      for (String tenant : List.of(KUNGSBACKA, VARBERG)) {
        setTenant(owner, tenant);
        for (String table : SEEDED_TABLES) {
          assertThat(count(owner, "select count(*) from " + table)).as("%s rows of %s", table, tenant).isPositive();
        }
      }
      owner.rollback();
    }
  }

  @Test
  void withoutContextNothingIsVisible() throws SQLException {
    try (Connection app = database.asApplication()) {
      for (String table : tenantTables) {
        assertThat(count(app, "select count(*) from " + table)).as("%s without context", table).isZero();
        assertThat(count(app, "select count(*) from " + table + " where tenant_id = ?", KUNGSBACKA))
            .as("%s asked for Kungsbacka without context", table)
            .isZero();
      }
      // an empty context is no context
      app.setAutoCommit(false);
      setTenant(app, "");
      for (String table : tenantTables) {
        assertThat(count(app, "select count(*) from " + table)).as("%s with an empty context", table).isZero();
      }
      app.rollback();
    }
  }

  @Test
  void withContextOnlyThatTenantsRowsAreVisible() throws SQLException {
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      for (String tenant : List.of(KUNGSBACKA, VARBERG)) {
        setTenant(app, tenant);
        for (String table : SEEDED_TABLES) {
          assertThat(count(app, "select count(*) from " + table)).as("%s of %s", table, tenant).isPositive();
        }
        for (String table : tenantTables) {
          List<String> allowed = SHARED_ACROSS_THE_AREA.contains(table) ? Halland.TENANTS
              : SHARED_BY_THE_REGION.contains(table) ? List.of(tenant, REGION) : List.of(tenant);
          assertThat(column(app, "select distinct tenant_id from " + table))
              .as("tenants visible in %s with context %s", table, tenant)
              .isSubsetOf(allowed);
        }
        app.commit();
      }
    }
  }

  @Test
  void contextEndsWithItsTransaction() throws SQLException {
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      setTenant(app, KUNGSBACKA);
      assertThat(count(app, "select count(*) from coordination_group")).isPositive();
      app.commit();
      // same connection, next transaction: as a pooled connection would be reused
      assertThat(column(app, "select coalesce(current_setting('app.tenant_id', true), '')")).containsExactly("");
      assertThat(count(app, "select count(*) from coordination_group")).as("after commit").isZero();
      app.commit();

      setTenant(app, KUNGSBACKA);
      app.rollback();
      assertThat(count(app, "select count(*) from group_member")).as("after rollback").isZero();
      app.rollback();

      // in autocommit each statement is its own transaction
      app.setAutoCommit(true);
      setTenant(app, KUNGSBACKA);
      assertThat(count(app, "select count(*) from group_member")).as("next statement in autocommit").isZero();
    }
  }

  @Test
  void rowLevelSecurityCannotBeSwitchedOff() throws SQLException {
    try (Connection app = database.asApplication()) {
      for (String table : tenantTables) {
        for (String sql :
            List.of(
                "alter table " + table + " disable row level security",
                "alter table " + table + " no force row level security",
                "drop policy tenant_isolation on " + table,
                "create policy everything on " + table + " using (true)",
                "alter policy tenant_isolation on " + table + " using (true)",
                "alter table " + table + " owner to " + appRole,
                "truncate " + table)) {
          assertThatThrownBy(() -> execute(app, sql)).as(sql).isInstanceOf(SQLException.class);
        }
      }
      // nor by becoming someone else, or by granting itself more
      assertThatThrownBy(() -> execute(app, "set role postgres")).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> execute(app, "alter role " + appRole + " bypassrls")).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> execute(app, "alter role " + appRole + " superuser")).isInstanceOf(SQLException.class);
      // the directory of memberships across tenants is not readable by the application either
      assertThatThrownBy(() -> count(app, "select count(*) from membership_directory"))
          .isInstanceOf(SQLException.class);

      // and RLS is still on and forced
      assertThat(rows(app,
              "select relname, relrowsecurity, relforcerowsecurity from pg_class"
                  + " where relname in ('coordination_group', 'group_member') order by relname"))
          .containsExactly(
              "relname=coordination_group|relrowsecurity=t|relforcerowsecurity=t",
              "relname=group_member|relrowsecurity=t|relforcerowsecurity=t");
    }
  }

  @Test
  void rowSecurityOffRevealsNothing() throws SQLException {
    try (Connection app = database.asApplication()) {
      // row_security = off makes PostgreSQL refuse a query that a policy would filter
      execute(app, "set row_security = off");
      for (String table : tenantTables) {
        long visible;
        try {
          visible = count(app, "select count(*) from " + table);
        } catch (SQLException refused) {
          visible = 0;
        }
        assertThat(visible).as("%s with row_security off", table).isZero();
      }
    }
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      setTenant(app, VARBERG);
      execute(app, "set local row_security = off");
      List<String> seen;
      try {
        seen = column(app, "select distinct tenant_id from group_member");
      } catch (SQLException refused) {
        seen = List.of();
      }
      assertThat(seen).as("tenants seen by Varberg with row_security off").doesNotContain(KUNGSBACKA);
      app.rollback();
    }
  }

  /**
   * Every tenant table, found rather than listed: in Varberg's context, no row of any other tenant
   * can be changed, moved or deleted (the policy hides it, or the grant refuses the statement).
   */
  @Test
  void noTenantTableLetsAnotherTenantsRowsBeChangedOrDeleted() throws SQLException {
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      for (String table : tenantTables) {
        for (String sql : List.of(
            "update " + table + " set tenant_id = tenant_id where tenant_id <> ?",
            "update " + table + " set tenant_id = ? where tenant_id <> ?",
            "delete from " + table + " where tenant_id <> ?")) {
          setTenant(app, VARBERG);
          int changed;
          try {
            changed = sql.contains("set tenant_id = ?")
                ? update(app, sql, VARBERG, VARBERG)
                : update(app, sql, VARBERG);
          } catch (SQLException refused) {
            changed = 0;
          }
          assertThat(changed).as("%s in Varberg's context: %s", table, sql).isZero();
          app.rollback();
        }
      }
    }
  }

  @Test
  void otherTenantsRowsCannotBeWritten() throws SQLException {
    List<String> kungsbackaBefore = kungsbackaRowsAsOwner();
    long kungsbackaGroup = Long.parseLong(kungsbackaBefore.get(0).replaceAll("^id=(\\d+)\\|.*", "$1"));

    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      setTenant(app, VARBERG);
      assertThat(update(app, "update coordination_group set name = 'Kapad' where tenant_id = ?", KUNGSBACKA))
          .as("groups of Kungsbacka updated by Varberg").isZero();
      assertThat(update(app, "update group_member set mandate = 'Kapad' where tenant_id = ?", KUNGSBACKA))
          .as("members of Kungsbacka updated by Varberg").isZero();
      assertThat(update(app, "update group_member set mandate = 'Kapad' where group_id = ?", kungsbackaGroup))
          .as("members of Kungsbacka's group updated by Varberg").isZero();
      assertThat(update(app, "delete from group_member where tenant_id = ?", KUNGSBACKA))
          .as("members of Kungsbacka deleted by Varberg").isZero();
      assertThat(update(app, "delete from coordination_group where id = ?", kungsbackaGroup))
          .as("a group of Kungsbacka deleted by Varberg").isZero();
      app.commit();

      // writing a row for another tenant: refused by the policy's check
      setTenant(app, VARBERG);
      assertThatThrownBy(() -> update(app,
              "insert into coordination_group (tenant_id, kind, name) values (?, 'OTHER', 'Kuckuksgrupp')", KUNGSBACKA))
          .as("insert of a Kungsbacka group by Varberg").isInstanceOf(SQLException.class);
      app.rollback();

      setTenant(app, VARBERG);
      assertThatThrownBy(() -> update(app,
              "insert into group_member (tenant_id, group_id, name, organisation, unit, mandate, role)"
                  + " values (?, ?, 'Kuckuk', 'varberg', 'Enhet', 'Mandat', 'MEMBER')",
              KUNGSBACKA, kungsbackaGroup))
          .as("insert of a member into Kungsbacka's group by Varberg").isInstanceOf(SQLException.class);
      app.rollback();

      // moving one's own rows over to another tenant: refused too
      setTenant(app, VARBERG);
      assertThatThrownBy(() -> update(app, "update group_member set tenant_id = ? where tenant_id = ?", KUNGSBACKA, VARBERG))
          .as("moving Varberg's members to Kungsbacka").isInstanceOf(SQLException.class);
      app.rollback();

      // without any context nothing can be written at all
      app.setAutoCommit(true);
      assertThat(update(app, "update group_member set mandate = 'Kapad'")).isZero();
      assertThatThrownBy(() -> update(app,
              "insert into coordination_group (tenant_id, kind, name) values (?, 'OTHER', 'Kuckuksgrupp')", KUNGSBACKA))
          .isInstanceOf(SQLException.class);
    }
    assertThat(kungsbackaRowsAsOwner()).as("Kungsbacka's rows after Varberg's attempts").isEqualTo(kungsbackaBefore);
  }

  @Test
  void referenceDataIsReadOnlyForTheApplication() throws SQLException {
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      setTenant(app, VARBERG);
      for (String table : REFERENCE_TABLES) {
        assertThat(count(app, "select count(*) from " + table)).as("%s readable", table).isPositive();
        for (String write : List.of(
            "update " + table + " set name = 'Kapad'",
            "delete from " + table,
            "insert into " + table + " (id, name) values ('kuckuk', 'Kuckuk')")) {
          assertThatThrownBy(() -> update(app, write)).as(write).isInstanceOf(SQLException.class);
          app.rollback();
          setTenant(app, VARBERG);
        }
      }
    }
    try (Connection owner = database.asOwner()) {
      assertThat(column(owner, "select name from tenant where id = 'kungsbacka'"))
          .containsExactly("Kungsbacka kommun");
      assertThat(column(owner, "select name from user_organisation where id = 'nsph-halland'"))
          .containsExactly("NSPH Halland");
    }
  }

  @Test
  void applicationRoleIsUnprivilegedAndOwnsNothing() throws SQLException {
    try (Connection app = database.asApplication()) {
      assertThat(column(app, "select current_user")).containsExactly(appRole);
      assertThat(rows(app,
              "select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication from pg_roles"
                  + " where rolname = current_user"))
          .containsExactly("rolsuper=f|rolbypassrls=f|rolcreaterole=f|rolcreatedb=f|rolreplication=f");
      assertThat(column(app, "select tablename from pg_tables where tableowner = current_user"))
          .as("tables owned by the application role").isEmpty();
      assertThat(column(app,
              "select c.relname from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = current_user"))
          .as("relations (tables, views, sequences) owned by the application role").isEmpty();
      assertThat(column(app,
              "select p.proname from pg_proc p join pg_roles r on r.oid = p.proowner where r.rolname = current_user"))
          .as("functions owned by the application role").isEmpty();
      assertThat(column(app,
              "select n.nspname from pg_namespace n join pg_roles r on r.oid = n.nspowner where r.rolname = current_user"))
          .as("schemas owned by the application role").isEmpty();
      assertThat(column(app,
              "select d.datname from pg_database d join pg_roles r on r.oid = d.datdba where r.rolname = current_user"))
          .as("databases owned by the application role").isEmpty();
      // nor is it a member of a role that could do more
      assertThat(column(app,
              "select r.rolname from pg_roles r where pg_has_role(current_user, r.oid, 'member')"
                  + " and r.rolname <> current_user and (r.rolsuper or r.rolbypassrls"
                  + " or exists (select 1 from pg_class c where c.relowner = r.oid and c.relname in ('coordination_group', 'group_member')))"))
          .as("powerful roles the application role belongs to").isEmpty();
    }
  }

  /** Kungsbacka's groups and members, read as the owner with Kungsbacka's context. */
  private List<String> kungsbackaRowsAsOwner() throws SQLException {
    try (Connection owner = database.asOwner()) {
      owner.setAutoCommit(false);
      setTenant(owner, KUNGSBACKA);
      List<String> all = new java.util.ArrayList<>(rows(owner, "select * from coordination_group order by id"));
      all.addAll(rows(owner, "select * from group_member order by id"));
      owner.rollback();
      return all;
    }
  }
}
