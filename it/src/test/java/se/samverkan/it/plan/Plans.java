package se.samverkan.it.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Tokens;

/** Makes plans and their rows through the API for the plan tests. */
final class Plans {

  static final String FALKENBERG = "falkenberg";
  static final String HYLTE = "hylte";

  private final Api api;
  private final Tokens tokens;

  Plans(Api api, Tokens tokens) {
    this.api = api;
    this.tokens = tokens;
  }

  String secretariat() {
    return tokens.of(Halland.user(Halland.REGION, "secretariat"));
  }

  String token(String user) {
    return tokens.of(user);
  }

  static String path(String space) {
    return "/spaces/" + space + "/plans";
  }

  static String path(String space, long id) {
    return path(space) + "/" + id;
  }

  static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  static long version(JsonObject object) {
    return object.getJsonNumber("version").longValue();
  }

  static BigDecimal kronor(JsonObject amount) {
    return amount.getJsonNumber("kronor").bigDecimalValue();
  }

  /** A new programme area of the area, named uniquely (the region's secretariat). */
  long programmeArea() {
    Api.Response created = api.post(secretariat(), "/spaces/" + Halland.REGION + "/programme-areas",
        Json.of("name", Coordination.uniqueName("Programområde")));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return id(created.object());
  }

  static JsonObject plan(long programmeArea, String title, int from, int to) {
    return Json.of("programmeAreaId", programmeArea, "title", title, "fromYear", from, "toYear", to);
  }

  /** A plan in the space, created by the user; answers the created plan. */
  JsonObject create(String token, String space, JsonObject plan) {
    Api.Response created = api.post(token, path(space), plan);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.object();
  }

  /** An area plan 2027–2028 with goal 1, kept by the secretariat. */
  JsonObject areaPlan() {
    return create(secretariat(), Halland.REGION,
        plan(programmeArea(), Coordination.uniqueName("Handlingsplan"), 2027, 2028));
  }

  JsonObject goal(String token, String space, long plan, int number) {
    Api.Response created = api.post(token, path(space, plan) + "/goals",
        Json.of("number", number, "title", "Fler får samordnat stöd i tid"));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.object();
  }

  JsonObject get(String token, String space, long plan) {
    Api.Response read = api.get(token, path(space, plan));
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    return read.object();
  }

  static JsonObject cost(int year, String amount) {
    return Json.of("year", year, "costType", "Utbildning", "amount", amount);
  }

  static JsonObject financing(int year, String source, String amount) {
    return Json.of("year", year, "source", source, "amount", amount);
  }

  void addCost(String token, String space, long plan, JsonObject cost) {
    Api.Response created = api.post(token, path(space, plan) + "/costs", cost);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
  }

  void addFinancing(String token, String space, long plan, JsonObject financing) {
    Api.Response created = api.post(token, path(space, plan) + "/financing", financing);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
  }
}
