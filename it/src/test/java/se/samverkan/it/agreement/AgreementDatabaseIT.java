package se.samverkan.it.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.it.agreement.Agreements.id;
import static se.samverkan.it.agreement.Agreements.version;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Database.count;
import static se.samverkan.it.support.Database.setTenant;
import static se.samverkan.it.support.Database.update;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.VARBERG;

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
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The database on its own keeps the agreements' sharing narrow, whatever the application asks:
 * nothing without context; a party reads the region's versions once they left the draft stage
 * and never changes or removes them; a party's draft answer stays its own; a party writes
 * decisions only in its own name.
 */
@ExtendWith(ArquillianExtension.class)
public class AgreementDatabaseIT {

  private static final List<String> TABLES = List.of("agreement", "agreement_version", "agreement_recipient",
      "agreement_section", "agreement_term", "agreement_document", "agreement_responsibility",
      "agreement_decision", "agreement_answer");

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Database database;
  private long consulted;
  private long draft;
  private long consultedVersion;
  private long draftVersion;
  private long section;

  /** One agreement in consultation (Varberg has a draft answer) and one still a draft. */
  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    database = new Database(stack);
    Api api = new Api(stack);
    Tokens tokens = new Tokens(stack);
    Agreements agreements = new Agreements(api, tokens);
    consulted = agreements.create(uniqueName("Databasprov remiss"));
    section = id(agreements.addSection(consulted, 1, "Syfte", "Samverkan."));
    agreements.consult(consulted, 1, LocalDate.now().plusDays(10), List.of(VARBERG, "falkenberg"));
    consultedVersion = id(agreements.read(consulted, 1).getJsonObject("version"));
    assertThat(api.put(tokens.of(Halland.tenantAdmin(VARBERG)), version(VARBERG, consulted, 1) + "/answer",
        Json.of("body", "Varbergs utkast")).status()).isEqualTo(200);
    draft = agreements.create(uniqueName("Databasprov utkast"));
    agreements.addSection(draft, 1, "Hemligt", "Ännu inte skickat.");
    draftVersion = id(agreements.read(draft, 1).getJsonObject("version"));
  }

  @Test
  void withoutContextNothingIsVisible() throws SQLException {
    try (Connection app = database.asApplication()) {
      for (String table : TABLES) {
        assertThat(count(app, "select count(*) from " + table)).as("%s without context", table).isZero();
      }
    }
  }

  @Test
  void aPartyReadsWhatLeftTheDraftStageAndChangesNothingOfTheRegions() throws SQLException {
    try (Connection app = database.asApplication()) {
      app.setAutoCommit(false);
      setTenant(app, "falkenberg");
      assertThat(count(app, "select count(*) from agreement_version where id = ?", consultedVersion)).isOne();
      assertThat(count(app, "select count(*) from agreement_section where version_id = ?", consultedVersion)).isOne();
      assertThat(count(app, "select count(*) from agreement_version where id = ?", draftVersion)).as("draft").isZero();
      assertThat(count(app, "select count(*) from agreement_section where version_id = ?", draftVersion)).isZero();
      assertThat(count(app, "select count(*) from agreement where id = ?", draft)).isZero();
      assertThat(count(app, "select count(*) from agreement_answer where version_id = ?", consultedVersion))
          .as("Varberg's draft answer").isZero();
      assertThat(update(app, "update agreement_section set body = 'Kapad' where id = ?", section)).isZero();
      assertThat(update(app, "update agreement_version set status = 'DECISION' where id = ?", consultedVersion)).isZero();
      assertThat(update(app, "delete from agreement_section where id = ?", section)).isZero();
      assertThat(update(app, "delete from agreement where id = ?", consulted)).isZero();
      assertThatThrownBy(() -> update(app,
              "insert into agreement_section (tenant_id, version_id, section_key, position, heading, body)"
                  + " values (?, ?, 'x', 9, 'Inkräktare', 'x')", REGION, consultedVersion))
          .isInstanceOf(SQLException.class);
      app.rollback();

      // a decision in another party's name, or on a draft it cannot read, is refused
      setTenant(app, "falkenberg");
      assertThatThrownBy(() -> update(app,
              "insert into agreement_decision (tenant_id, version_id, body, decided_on, reference)"
                  + " values (?, ?, 'KF', current_date, 'x')", VARBERG, consultedVersion))
          .isInstanceOf(SQLException.class);
      app.rollback();
      setTenant(app, "falkenberg");
      assertThatThrownBy(() -> update(app,
              "insert into agreement_decision (tenant_id, version_id, body, decided_on, reference)"
                  + " values ('falkenberg', ?, 'KF', current_date, 'x')", draftVersion))
          .isInstanceOf(SQLException.class);
      app.rollback();

      // the region sees its draft, but not Varberg's unsent answer
      setTenant(app, REGION);
      assertThat(count(app, "select count(*) from agreement_version where id = ?", draftVersion)).isOne();
      assertThat(count(app, "select count(*) from agreement_answer where version_id = ?", consultedVersion)).isZero();
      app.rollback();
      setTenant(app, VARBERG);
      assertThat(count(app, "select count(*) from agreement_answer where version_id = ?", consultedVersion)).isOne();
      app.rollback();
    }
  }
}
