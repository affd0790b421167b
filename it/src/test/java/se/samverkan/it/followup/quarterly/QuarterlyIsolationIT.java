package se.samverkan.it.followup.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.it.followup.quarterly.Quarterlies.id;
import static se.samverkan.it.followup.quarterly.Quarterlies.path;
import static se.samverkan.it.support.Database.column;
import static se.samverkan.it.support.Database.count;
import static se.samverkan.it.support.Database.setTenant;
import static se.samverkan.it.support.Database.update;
import static se.samverkan.it.support.Halland.KUNGSBACKA;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.VARBERG;
import static se.samverkan.it.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
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
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;

/**
 * Nobody writes another party's figures: through the API a municipality is refused in another's
 * space, and its reporters alone write in its own; in the database the application role of one
 * party cannot change another's rows, and a party of another collaboration area sees none of
 * Halland's indicators or figures and cannot report against them.
 */
@ExtendWith(ArquillianExtension.class)
public class QuarterlyIsolationIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Quarterlies quarterlies;
  private Api api;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    quarterlies = new Quarterlies(stack);
    api = quarterlies.api();
  }

  @Test
  void onlyThePartysOwnReportersWriteItsFigures() throws SQLException {
    JsonObject definition = quarterlies.define("COUNT", "2024-Q1", null);
    long indicator = id(definition);
    String csv = "definition_code;quarter;value\n" + Json.text(definition, "code") + ";2024-Q1;7\n";
    Api.Response own = quarterlies.upload(Halland.coordinator(VARBERG), VARBERG, csv);
    assertThat(own.status()).as("%s", own).isEqualTo(200);

    // Kungsbacka's coordinator in Varberg's space: refused, nothing written
    String kungsbacka = quarterlies.token(Halland.coordinator(KUNGSBACKA));
    assertProblem(api.put(kungsbacka, path(VARBERG) + "/" + indicator + "/values/2024-Q2", Json.of("value", 1)), 403);
    assertProblem(quarterlies.upload(Halland.coordinator(KUNGSBACKA), VARBERG, csv.replace(";7", ";99")), 403);
    assertProblem(api.get(kungsbacka, path(VARBERG) + "/" + indicator + "/values"), 403);
    // in its own space it writes only its own row; Varberg's figure stays
    Api.Response kungsbackaOwn = quarterlies.upload(Halland.coordinator(KUNGSBACKA), KUNGSBACKA,
        csv.replace(";7", ";99"));
    assertThat(kungsbackaOwn.status()).as("%s", kungsbackaOwn).isEqualTo(200);
    JsonObject varberg = Json.objects(api.get(kungsbacka, path(KUNGSBACKA) + "/" + indicator).object()
        .getJsonArray("series")).stream().filter(s -> Json.text(s, "party").equals(VARBERG)).findFirst().orElseThrow();
    assertThat(varberg.getJsonArray("values").getJsonNumber(0).bigDecimalValue()).isEqualByComparingTo("7");

    // a member, RUG: neither reports a municipality's figures
    assertProblem(api.put(quarterlies.token(Halland.member(VARBERG)),
        path(VARBERG) + "/" + indicator + "/values/2024-Q2", Json.of("value", 1)), 403);
    assertProblem(quarterlies.upload(Halland.member(VARBERG), VARBERG, csv), 403);
    assertProblem(api.put(quarterlies.rug(), path(REGION) + "/" + indicator + "/values/2024-Q2",
        Json.of("value", 1)), 403);
    // and a municipality does not keep the definitions
    assertProblem(api.put(quarterlies.token(Halland.tenantAdmin(VARBERG)), path(VARBERG) + "/" + indicator,
        Json.with(Quarterlies.definition(Json.text(definition, "code"), "COUNT", "2024-Q1", null), "version", 1)), 403);
    assertProblem(api.post(kungsbacka, path(KUNGSBACKA), Quarterlies.definition(Quarterlies.uniqueCode(), "COUNT",
        "2024-Q1", null)), 403);
    // an indicator id that does not exist is 404, not 500
    assertProblem(api.get(kungsbacka, path(KUNGSBACKA) + "/9" + indicator), 404);

    assertThat(quarterlies.rows(VARBERG, indicator)).isEqualTo(1);
    assertThat(quarterlies.rows(KUNGSBACKA, indicator)).isEqualTo(1);

    // in the database: Kungsbacka's context changes none of Varberg's rows
    try (Connection app = new Database(stack).asApplication()) {
      app.setAutoCommit(false);
      setTenant(app, KUNGSBACKA);
      assertThat(count(app, "select count(*) from quarterly_value where indicator_id = ? and tenant_id = ?",
          indicator, VARBERG)).as("Varberg's figure, read by the area").isEqualTo(1);
      assertThat(update(app, "update quarterly_value set value = 0 where indicator_id = ? and tenant_id = ?",
          indicator, VARBERG)).isZero();
      assertThat(update(app, "update quarterly_indicator set name_sv = 'x' where id = ?", indicator)).isZero();
      app.rollback();
    }
  }

  /**
   * Halland is the only area with users, so a second area is made in the database for this test
   * (a region and a municipality, removed again at the end): as the application's role, neither
   * of its parties reads any of Halland's indicators or figures, nor reports against them.
   */
  @Test
  void aPartyOfAnotherAreaSeesNoneOfHallandsRows() throws SQLException {
    JsonObject definition = quarterlies.define("COUNT", "2024-Q1", null);
    long indicator = id(definition);
    assertThat(quarterlies.upload(Halland.coordinator(VARBERG), VARBERG,
        "definition_code;quarter;value\n" + Json.text(definition, "code") + ";2024-Q1;3\n").status()).isEqualTo(200);

    String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    String area = "it-area-" + suffix;
    String otherRegion = "it-region-" + suffix;
    String otherMunicipality = "it-kommun-" + suffix;
    Database database = new Database(stack);
    try (Connection owner = database.asOwner()) {
      update(owner, "insert into collaboration_area (id, name) values (?, ?)", area, "Testområde " + suffix);
      update(owner, "insert into tenant (id, area_id, name, kind) values (?, ?, ?, 'REGION')", otherRegion, area,
          "Testregion " + suffix);
      update(owner, "insert into tenant (id, area_id, name, kind) values (?, ?, ?, 'MUNICIPALITY')",
          otherMunicipality, area, "Testkommun " + suffix);
    }
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      for (String party : new String[] {otherMunicipality, otherRegion}) {
        setTenant(app, party);
        assertThat(count(app, "select count(*) from quarterly_indicator")).as("indicators seen by %s", party).isZero();
        assertThat(count(app, "select count(*) from quarterly_value")).as("figures seen by %s", party).isZero();
        assertThat(column(app, "select distinct tenant_id from quarterly_value where indicator_id = ?", indicator))
            .isEmpty();
        app.rollback();
      }
      // reporting against Halland's indicator from the other area: refused by the restrictive policy
      setTenant(app, otherMunicipality);
      assertThatThrownBy(() -> update(app,
          "insert into quarterly_value (tenant_id, indicator_id, quarter, value) values (?, ?, '2024-Q2', 1)",
          otherMunicipality, indicator)).isInstanceOf(SQLException.class);
      app.rollback();
      // and Halland's parties see nothing of the other area either (it has no rows; the count is Halland's)
      setTenant(app, VARBERG);
      assertThat(column(app, "select distinct tenant_id from quarterly_value where indicator_id = ?", indicator))
          .containsExactly(VARBERG);
      app.rollback();
    } finally {
      try (Connection owner = database.asOwner()) {
        update(owner, "delete from tenant where area_id = ?", area);
        update(owner, "delete from collaboration_area where id = ?", area);
      }
    }
  }
}
