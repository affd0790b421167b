package se.samverkan.it.followup.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.followup.quarterly.Quarterlies.id;
import static se.samverkan.it.followup.quarterly.Quarterlies.path;
import static se.samverkan.it.support.Halland.KUNGSBACKA;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.VARBERG;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.fields;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;

/**
 * A party's CSV upload: a file with bad rows of several kinds imports nothing and names every bad
 * line; a good file (BOM, semicolons, decimal comma) imports every row in one go; a second file
 * (commas, a quoted decimal comma) updates what was there and adds the rest; the whole area then
 * reads the figures. Each test defines its own indicator, so the counts are its own.
 */
@ExtendWith(ArquillianExtension.class)
public class QuarterlyUploadIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Quarterlies quarterlies;
  private Api api;

  @BeforeEach
  void setUp() {
    quarterlies = new Quarterlies(Stack.load());
    api = quarterlies.api();
  }

  @Test
  void aBadFileImportsNothingAndNamesEveryBadRowAGoodOneImportsAndASecondUpdates() throws Exception {
    JsonObject definition = quarterlies.define("PERCENT", "2024-Q1", "2025-Q4");
    long indicator = id(definition);
    String code = Json.text(definition, "code");
    String coordinator = Halland.coordinator(VARBERG);
    assertThat(quarterlies.rows(VARBERG, indicator)).isZero();

    String bad = String.join("\n",
        "definition_code;quarter;value",
        code + ";2024-Q1;12,5",
        "NO-SUCH-CODE;2024-Q2;1",
        code + ";2024-Q9;1",
        code + ";2023-Q4;1",
        code + ";2024-Q3;many",
        code + ";2024-Q4;-2",
        code + ";2024-Q1;13",
        code + ";2025-Q1",
        code + ";2025-Q2;101",
        "");
    Api.Response rejected = quarterlies.upload(coordinator, VARBERG, bad);
    JsonObject problem = assertProblem(rejected, 400);
    assertThat(fields(problem)).containsExactly(
        "line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9", "line 10");
    assertThat(Json.objects(problem.getJsonArray("errors"))).extracting(e -> Json.text(e, "message")).containsExactly(
        "Line 3: no indicator has the code 'NO-SUCH-CODE'",
        "Line 4: '2024-Q9' is not a quarter; write YYYY-Qn, e.g. 2025-Q3",
        "Line 5: 2023-Q4 is outside the indicator's period",
        "Line 6: 'many' is not a number",
        "Line 7: '-2' is negative, which the indicator's unit does not allow",
        "Line 8: the same indicator and quarter as line 2",
        "Line 9: expected three fields (definition_code;quarter;value), found 2",
        "Line 10: '101' is more than the unit allows (a share is at most 100)");
    assertThat(quarterlies.rows(VARBERG, indicator)).as("rows after the bad file").isZero();

    // a good file: byte order mark, semicolons, decimal comma, CRLF, lower-case code
    ByteArrayOutputStream good = new ByteArrayOutputStream();
    good.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    good.write(("definition_code;quarter;value\r\n" + code + ";2024-Q1;12,5\r\n" + code + ";2024-Q2;13\r\n"
        + code.toLowerCase() + ";2024-Q3;11,75\r\n").getBytes(StandardCharsets.UTF_8));
    Api.Response imported = quarterlies.upload(coordinator, VARBERG, good.toByteArray());
    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    assertThat(imported.object().getInt("added")).isEqualTo(3);
    assertThat(imported.object().getInt("changed")).isZero();
    assertThat(quarterlies.rows(VARBERG, indicator)).as("rows after the good file").isEqualTo(3);

    // a second file: commas, a quoted decimal comma; one figure corrected, one the same, one new
    Api.Response updated = quarterlies.upload(Halland.tenantAdmin(VARBERG), VARBERG,
        "definition_code,quarter,value\n" + code + ",2024-Q1,\"12,0\"\n" + code + ",2024-Q2,13.0\n"
            + code + ",2024-Q4,10.5\n");
    assertThat(updated.status()).as("%s", updated).isEqualTo(200);
    assertThat(List.of(updated.object().getInt("added"), updated.object().getInt("changed"),
        updated.object().getInt("unchanged"))).containsExactly(1, 1, 1);
    assertThat(quarterlies.rows(VARBERG, indicator)).as("rows after the second file").isEqualTo(4);

    // every party of the area reads Varberg's figures, and the area's mean
    for (String space : List.of(KUNGSBACKA, REGION)) {
      String reader = quarterlies.token(space.equals(REGION) ? Halland.user(REGION, "rug") : Halland.member(space));
      Api.Response chart = api.get(reader, path(space) + "/" + indicator);
      assertThat(chart.status()).as("%s", chart).isEqualTo(200);
      assertThat(chart.object().getJsonArray("quarters").getValuesAs(jakarta.json.JsonString.class))
          .extracting(jakarta.json.JsonString::getString).containsExactly("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
      JsonObject varberg = Json.objects(chart.object().getJsonArray("series")).stream()
          .filter(s -> Json.text(s, "party").equals(VARBERG)).findFirst().orElseThrow();
      assertThat(varberg.getJsonArray("values").getJsonNumber(0).bigDecimalValue()).isEqualByComparingTo("12");
      assertThat(varberg.getJsonArray("values").getJsonNumber(2).bigDecimalValue()).isEqualByComparingTo("11.75");
      assertThat(chart.object().getJsonArray("mean").getJsonNumber(3).bigDecimalValue())
          .as("mean with one party reporting").isEqualByComparingTo("10.5");
    }
  }

  @Test
  void aFigureTypedInNeedsTheVersionToReplaceAndRefusesAQuarterOutsideThePeriod() {
    long indicator = id(quarterlies.define("COUNT", "2024-Q1", null));
    String coordinator = quarterlies.token(Halland.coordinator(VARBERG));
    String figure = path(VARBERG) + "/" + indicator + "/values/2024-Q2";

    Api.Response first = api.put(coordinator, figure, Json.of("value", 42));
    assertThat(first.status()).as("%s", first).isEqualTo(200);
    long version = first.object().getJsonNumber("version").longValue();
    // a second new figure for the same quarter (no version): someone reported it meanwhile
    assertProblem(api.put(coordinator, figure, Json.of("value", 43)), 409);
    Api.Response replaced = api.put(coordinator, figure, Json.of("value", 44, "version", version));
    assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
    assertProblem(api.put(coordinator, figure, Json.of("value", 45, "version", version)), 409);

    assertThat(fields(assertProblem(api.put(coordinator, path(VARBERG) + "/" + indicator + "/values/2023-Q4",
        Json.of("value", 1)), 400))).containsExactly("quarter");
    assertThat(fields(assertProblem(api.put(coordinator, path(VARBERG) + "/" + indicator + "/values/2024-Q7",
        Json.of("value", 1)), 400))).containsExactly("quarter");
    assertThat(fields(assertProblem(api.put(coordinator, figure, Json.of("value", -1, "version", version + 1)), 400)))
        .containsExactly("value");

    Api.Response own = api.get(coordinator, path(VARBERG) + "/" + indicator + "/values");
    assertThat(own.status()).as("%s", own).isEqualTo(200);
    assertThat(Json.objects(own.array())).singleElement()
        .satisfies(f -> assertThat(f.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("44"));
  }
}
