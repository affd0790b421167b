package se.samverkan.it.followup.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.followup.quarterly.Quarterlies.id;
import static se.samverkan.it.followup.quarterly.Quarterlies.path;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.VARBERG;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.fields;

import jakarta.json.JsonObject;
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
 * RUG keeps the definitions: bad input is 400 naming each field, two edits from the same version
 * are one 200 and one 409, the code stays, and a retired indicator takes no more figures while
 * the list still shows it.
 */
@ExtendWith(ArquillianExtension.class)
public class QuarterlyDefinitionIT {

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
  void badInputNamesTheFieldsAndConcurrentEditsConflict() {
    String rug = quarterlies.rug();
    JsonObject bad = Json.of("code", "no spaces allowed", "nameEn", "Readmissions", "unit", "LITRES",
        "better", "LOWER", "reportedBy", "MUNICIPALITIES", "activeFrom", "2025-Q5");
    assertThat(fields(assertProblem(api.post(rug, path(REGION), bad), 400)))
        .containsExactlyInAnyOrder("code", "nameSv", "unit", "activeFrom");
    JsonObject backwards = Quarterlies.definition(Quarterlies.uniqueCode(), "COUNT", "2025-Q1", "2024-Q4");
    assertThat(fields(assertProblem(api.post(rug, path(REGION), backwards), 400))).containsExactly("activeTo");

    JsonObject created = quarterlies.define("PERCENT", "2024-Q1", null);
    long indicator = id(created);
    String code = Json.text(created, "code");
    long version = created.getJsonNumber("version").longValue();
    assertThat(fields(assertProblem(api.post(rug, path(REGION), Quarterlies.definition(code, "COUNT", "2024-Q1",
        null)), 400))).as("the same code again").containsExactly("code");

    JsonObject change = Json.with(Json.with(Quarterlies.definition(code, "PERCENT", "2024-Q1", "2026-Q4"),
        "nameSv", "Återinskrivningar inom 30 dagar, ändrad"), "version", version);
    assertThat(fields(assertProblem(api.put(rug, path(REGION) + "/" + indicator, Json.without(change, "version")),
        400))).containsExactly("version");
    Api.Response first = api.put(rug, path(REGION) + "/" + indicator, change);
    assertThat(first.status()).as("%s", first).isEqualTo(200);
    assertThat(Json.text(first.object(), "activeTo")).isEqualTo("2026-Q4");
    assertProblem(api.put(rug, path(REGION) + "/" + indicator,
        Json.with(change, "nameSv", "Någon annans ändring")), 409);
    long current = first.object().getJsonNumber("version").longValue();
    assertThat(fields(assertProblem(api.put(rug, path(REGION) + "/" + indicator,
        Json.with(Json.with(change, "code", Quarterlies.uniqueCode()), "version", current)), 400)))
        .as("the code stays").containsExactly("code");

    // retired: no more figures; the list shows it as retired
    assertProblem(api.put(rug, path(REGION) + "/" + indicator + "/retirement", Json.of("version", version)), 409);
    Api.Response retired = api.put(rug, path(REGION) + "/" + indicator + "/retirement", Json.of("version", current));
    assertThat(retired.status()).as("%s", retired).isEqualTo(200);
    assertThat(retired.object().getBoolean("retired")).isTrue();
    Api.Response upload = quarterlies.upload(Halland.coordinator(VARBERG), VARBERG,
        "definition_code;quarter;value\n" + code + ";2024-Q2;1\n");
    assertThat(Json.text(assertProblem(upload, 400).getJsonArray("errors").getJsonObject(0), "message"))
        .isEqualTo("Line 2: the indicator " + code + " is retired");

    Api.Response read = api.get(quarterlies.token(Halland.member(VARBERG)), path(VARBERG) + "/" + indicator);
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    assertThat(read.object().getJsonObject("definition").getBoolean("retired")).isTrue();
    assertThat(Json.text(read.object().getJsonObject("definition"), "nameSv"))
        .isEqualTo("Återinskrivningar inom 30 dagar, ändrad");
  }
}
