package se.samverkan.it.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.deviation.Deviations.HALMSTAD;
import static se.samverkan.it.deviation.Deviations.body;
import static se.samverkan.it.deviation.Deviations.path;
import static se.samverkan.it.support.Database.column;
import static se.samverkan.it.support.Database.count;
import static se.samverkan.it.support.Database.setTenant;
import static se.samverkan.it.support.Halland.SSGB;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.fields;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The de-identification guard on the real server: a text holding a personal identity number,
 * an e-mail address or a telephone number is refused with the field named and the kind said, and
 * the refused value is in no answer, no table (every tenant's rows, read as the owner) and no
 * line of Payara's log or the stack's other logs.
 */
@ExtendWith(ArquillianExtension.class)
public class RefusedTextIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @Test
  void refusedValuesAreNamedByKindAndNeverStoredOrLogged() throws IOException, SQLException {
    Stack stack = Stack.load();
    Api api = new Api(stack);
    Tokens tokens = new Tokens(stack);
    long group = new Coordination(api, tokens).groupId(HALMSTAD, SSGB);
    String member = tokens.of(Halland.member(HALMSTAD));

    String number = Deviations.freshPersonalIdentityNumber();
    String email = "vardnadshavare-" + System.nanoTime() + "@example.org";
    String phone = "070-" + (100 + System.nanoTime() % 900) + " 45 67";
    Map<String, String> refused = Map.of(number, "personal identity number", email, "e-mail address",
        phone, "telephone number");

    JsonObject bad = Json.with(Json.with(Json.with(
        body(LocalDate.now().minusDays(2), "OTHER", "Barnet " + number + " fick ingen SIP"),
        "actionsTaken", "Vårdnadshavaren nås på " + phone),
        "reportingUnit", "Mottagningen, " + email),
        "agreementSection", "3.5");
    Api.Response answer = api.post(member, path(HALMSTAD, group), bad);
    JsonObject problem = assertProblem(answer, 400);
    assertThat(fields(problem)).containsExactlyInAnyOrder("actionsTaken", "description", "reportingUnit");
    assertThat(Json.objects(problem.getJsonArray("errors"))).allSatisfy(error ->
        assertThat(Json.text(error, "message")).containsAnyOf("personal identity number", "e-mail address",
            "telephone number"));
    assertThat(message(problem, "description")).contains("personal identity number");
    assertThat(message(problem, "actionsTaken")).contains("telephone number");
    assertThat(message(problem, "reportingUnit")).contains("e-mail address");

    // the same texts in the analysis, the RUG summary and a dispute are refused the same way
    Api.Response dispute = api.post(member, Coordination.groupPath(HALMSTAD, group) + "/disputes", Json.of(
        "question", "Vem betalar för " + number + "?", "parties", "Socialtjänsten och BUP",
        "agreementSection", "3.6", "people", jakarta.json.Json.createArrayBuilder()
            .add(Json.of("name", "Chef Ett", "email", "chef.ett@example.org")).build()));
    assertThat(fields(assertProblem(dispute, 400))).containsExactly("question");

    for (String value : refused.keySet()) {
      assertThat(answer.body()).as("the answer").doesNotContain(value);
      assertThat(dispute.body()).as("the dispute's answer").doesNotContain(value);
    }

    // no table of any tenant holds them (FORCE RLS binds the owner too: tenant by tenant)
    Database database = new Database(stack);
    try (Connection owner = database.asOwner()) {
      List<String> tables = column(owner,
          "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
              + " where n.nspname = 'public' and c.relkind = 'r'");
      owner.setAutoCommit(false);
      for (String tenant : Halland.TENANTS) {
        setTenant(owner, tenant);
        for (String table : tables) {
          for (String value : refused.keySet()) {
            assertThat(count(owner, "select count(*) from " + table + " t where t::text like ?", "%" + value + "%"))
                .as("%s of %s holding the refused %s", table, tenant, refused.get(value)).isZero();
          }
        }
        owner.rollback();
      }
    }

    // nor any log of the stack: Payara's, and the others'
    Path root = Stack.root().resolve(".local/test");
    List<Path> logs;
    try (Stream<Path> files = Files.walk(root)) {
      logs = files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.log(\\.\\d+)?|.*_\\d+\\.log|server\\.log.*"))
          .toList();
    }
    assertThat(logs).as("logs found under %s", root)
        .anySatisfy(p -> assertThat(p.getFileName().toString()).startsWith("server.log"));
    for (Path log : logs) {
      String text = Files.readString(log, StandardCharsets.ISO_8859_1);
      for (String value : refused.keySet()) {
        assertThat(text.contains(value)).as("%s holds the refused %s", log, refused.get(value)).isFalse();
      }
    }
  }

  private static String message(JsonObject problem, String field) {
    return Json.objects(problem.getJsonArray("errors")).stream()
        .filter(e -> field.equals(Json.text(e, "field")))
        .map(e -> Json.text(e, "message"))
        .findFirst().orElseThrow();
  }
}
