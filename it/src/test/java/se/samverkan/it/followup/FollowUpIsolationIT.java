package se.samverkan.it.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.it.followup.FollowUps.FALKENBERG;
import static se.samverkan.it.followup.FollowUps.HYLTE;
import static se.samverkan.it.followup.FollowUps.answer;
import static se.samverkan.it.followup.FollowUps.answerOf;
import static se.samverkan.it.followup.FollowUps.report;
import static se.samverkan.it.support.Database.count;
import static se.samverkan.it.support.Database.setTenant;
import static se.samverkan.it.support.Database.update;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.VARBERG;
import static se.samverkan.it.support.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * Isolation of the follow-up, in both layers on their own: the region never reads a draft (no
 * endpoint, no query as the application's role in its context); another municipality neither
 * reads nor changes a report, before or after it is submitted; submissions are written only by
 * the database function, for the caller's own party, and the application changes nothing of
 * their content.
 */
@ExtendWith(ArquillianExtension.class)
public class FollowUpIsolationIT {

  private static final int YEAR = 2025;

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Api api;
  private Tokens tokens;
  private FollowUps followUps;
  private Database database;
  private long group;
  private JsonObject draft;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    followUps = new FollowUps(api, tokens);
    database = new Database(stack);
    group = followUps.newGroup(FALKENBERG);
    draft = followUps.fillTexts(FALKENBERG, group, followUps.start(FALKENBERG, group, YEAR), "Falkenbergs utkast");
  }

  @Test
  void theRegionNeverReadsADraftThroughTheApi() throws SQLException {
    String rug = followUps.rug();
    assertProblem(api.get(rug, report(REGION, group, YEAR)), 404);
    assertProblem(api.get(rug, report(FALKENBERG, group, YEAR)), 403);
    assertThat(api.get(rug, FollowUps.round(REGION, YEAR) + "/submissions").array().toString())
        .doesNotContain("\"groupId\":" + group + ",");

    // an SSGB with a draft only is "not submitted" for the region, whatever the municipality has
    int year = FollowUps.unusedYear(stack, "followup_round");
    long hylteSsgb = new Coordination(api, tokens).groupId(HYLTE, Halland.SSGB);
    // the round marks the year as used, so a later run picks another
    assertThat(api.put(rug, FollowUps.round(REGION, year), Json.createObjectBuilder()
        .add("deadline", (year + 1) + "-02-28").add("version", 0).build()).status()).isEqualTo(200);
    JsonObject hylteDraft = followUps.fillTexts(HYLTE, hylteSsgb, followUps.start(HYLTE, hylteSsgb, year), "Utkast");
    assertThat(stateInDashboard(year, hylteSsgb)).isEqualTo("NOT_SUBMITTED");
    assertThat(followUps.submit(HYLTE, hylteSsgb, hylteDraft).status()).isEqualTo(200);
    assertThat(stateInDashboard(year, hylteSsgb)).isEqualTo("SUBMITTED");
  }

  @Test
  void anotherMunicipalityNeitherReadsNorChangesTheReportBeforeOrAfterSubmission() {
    assertForeignRefused();
    JsonObject submitted = followUps.submit(FALKENBERG, group, draft).object();
    assertThat(submitted.getString("state")).isEqualTo("SUBMITTED");
    assertForeignRefused();
    long submission = followUps.latestSubmission(group, YEAR).getJsonNumber("id").longValue();
    String varberg = tokens.of(Halland.coordinator(VARBERG));
    assertProblem(api.get(varberg, FollowUps.submission(VARBERG, submission)), 403);
    assertProblem(api.get(varberg, FollowUps.submission(FALKENBERG, submission)), 403);
    // nor does Falkenberg itself read the region's copy through the region's endpoints
    assertProblem(api.get(followUps.coordinator(FALKENBERG), FollowUps.submission(FALKENBERG, submission)), 403);
  }

  @Test
  void theDatabaseShowsTheRegionNoDraftAndTakesSubmissionsOnlyThroughTheFunction() throws SQLException {
    long reportId = draft.getJsonNumber("id").longValue();
    List<String> partyTables = List.of("followup_report", "followup_answer", "followup_figure");
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      assertThat(count(app, "select count(*) from followup_report where id = ?", reportId)).as("no context").isZero();
      setTenant(app, FALKENBERG);
      assertThat(count(app, "select count(*) from followup_report where id = ?", reportId)).isOne();
      assertThat(count(app, "select count(*) from followup_answer where report_id = ?", reportId)).isPositive();
      app.rollback();
      for (String other : List.of(REGION, VARBERG)) {
        setTenant(app, other);
        assertThat(count(app, "select count(*) from followup_report where id = ?", reportId)).as("in %s", other).isZero();
        assertThat(count(app, "select count(*) from followup_answer where report_id = ?", reportId)).isZero();
        assertThat(count(app, "select count(*) from followup_figure f join followup_answer a on a.id = f.answer_id"
            + " where a.report_id = ?", reportId)).isZero();
        assertThat(count(app, "select count(*) from followup_report where tenant_id = ?", FALKENBERG)).isZero();
        assertThat(update(app, "update followup_answer set text_value = 'Kapad' where report_id = ?", reportId)).isZero();
        for (String table : partyTables) {
          assertThat(count(app, "select count(*) from " + table + " where tenant_id <> ?", other))
              .as("%s rows of others in %s", table, other).isZero();
        }
        // nor can it copy the draft out through the function
        assertThatThrownBy(() -> count(app, "select submit_followup_report(?)", reportId)).isInstanceOf(SQLException.class);
        app.rollback();
      }
      // nothing submitted yet: the region holds nothing of the report
      setTenant(app, REGION);
      assertThat(count(app, "select count(*) from followup_submission where report_id = ?", reportId)).isZero();
      app.rollback();
      // the snapshot tables take no insert from the application, in any context
      for (String context : List.of(FALKENBERG, REGION)) {
        setTenant(app, context);
        assertThatThrownBy(() -> update(app, "insert into followup_submission (tenant_id, party_id, group_id,"
                + " group_name, group_kind, year, indicator_set_id, report_id, sequence, submitted_at, submitted_by)"
                + " values (?, ?, ?, 'Falsk', 'OTHER', ?, 1, ?, 1, now(), 'x')", REGION, FALKENBERG, group, YEAR, reportId))
            .as("insert in %s", context).isInstanceOf(SQLException.class);
        app.rollback();
      }
      assertThatThrownBy(() -> count(app, "select count(*) from indicator_set_use")).isInstanceOf(SQLException.class);
      app.rollback();
    }

    followUps.submit(FALKENBERG, group, draft);
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      setTenant(app, REGION);
      assertThat(count(app, "select count(*) from followup_submission where report_id = ?", reportId)).isOne();
      assertThat(count(app, "select count(*) from followup_submitted_answer a join followup_submission s"
          + " on s.id = a.submission_id where s.report_id = ?", reportId)).isPositive();
      assertThat(count(app, "select count(*) from followup_report where id = ?", reportId)).as("still no draft").isZero();
      // RUG records its verdict; the content of what was submitted is not the application's to change
      assertThatThrownBy(() -> update(app, "update followup_submission set group_name = 'Ändrad' where report_id = ?",
          reportId)).isInstanceOf(SQLException.class);
      app.rollback();
      setTenant(app, FALKENBERG);
      assertThat(count(app, "select count(*) from followup_submission where report_id = ?", reportId))
          .as("the party reads its own submission").isOne();
      assertThat(update(app, "update followup_submission set status = 'APPROVED' where report_id = ?", reportId))
          .as("but never gives itself a verdict").isZero();
      app.rollback();
      setTenant(app, VARBERG);
      assertThat(count(app, "select count(*) from followup_submission where report_id = ?", reportId)).isZero();
      assertThat(count(app, "select count(*) from followup_submitted_answer where party_id = ?", FALKENBERG)).isZero();
      app.rollback();
    }
  }

  private void assertForeignRefused() {
    String varberg = tokens.of(Halland.coordinator(VARBERG));
    long structures = answerOf(draft, "STRUCTURES").getJsonNumber("indicatorId").longValue();
    JsonObject body = Json.createObjectBuilder().add("text", "Kapad").add("version", 0).build();
    assertProblem(api.get(varberg, report(FALKENBERG, group, YEAR)), 403);
    assertProblem(api.get(varberg, report(VARBERG, group, YEAR)), 404);
    assertProblem(api.put(varberg, answer(FALKENBERG, group, YEAR, structures), body), 403);
    assertProblem(api.put(varberg, answer(VARBERG, group, YEAR, structures), body), 404);
    assertProblem(api.post(varberg, report(VARBERG, group, YEAR) + "/submission",
        Json.createObjectBuilder().add("version", 0).build()), 404);
    assertProblem(api.post(varberg, FollowUps.reports(VARBERG, group), se.samverkan.it.support.Json.of("year", 2030)),
        404);
  }

  private String stateInDashboard(int year, long groupId) {
    Api.Response dashboard = api.get(followUps.rug(), FollowUps.round(REGION, year) + "/dashboard");
    assertThat(dashboard.status()).as("%s", dashboard).isEqualTo(200);
    return se.samverkan.it.support.Json.objects(dashboard.object().getJsonArray("rows")).stream()
        .filter(r -> r.getJsonNumber("groupId").longValue() == groupId)
        .findFirst().orElseThrow().getString("state");
  }
}
