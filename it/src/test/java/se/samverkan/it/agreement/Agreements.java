package se.samverkan.it.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Tokens;

/** Makes agreements through the API, as the region's secretariat, and walks them through their life cycle. */
final class Agreements {

  static final String SECRETARIAT = "region-halland-secretariat";
  static final String RUG = "region-halland-rug";

  private final Api api;
  private final Tokens tokens;

  Agreements(Api api, Tokens tokens) {
    this.api = api;
    this.tokens = tokens;
  }

  static String path(String space) {
    return "/spaces/" + space + "/agreements";
  }

  static String path(String space, long id) {
    return path(space) + "/" + id;
  }

  static String version(String space, long id, int number) {
    return path(space, id) + "/versions/" + number;
  }

  static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  static long lock(JsonObject object) {
    return object.getJsonNumber("version").longValue();
  }

  String secretariat() {
    return tokens.of(SECRETARIAT);
  }

  /** A new agreement whose version 1 is valid from yesterday for three years. */
  long create(String title) {
    Api.Response created = api.post(secretariat(), path(Halland.REGION), se.samverkan.it.support.Json.of(
        "title", title,
        "validFrom", LocalDate.now().minusDays(1).toString(),
        "validTo", LocalDate.now().plusYears(3).toString(),
        "revisedBy", "Regionala sekretariatet"));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return id(created.object());
  }

  JsonObject addSection(long id, int number, String heading, String body) {
    Api.Response added = api.post(secretariat(), version(Halland.REGION, id, number) + "/sections",
        se.samverkan.it.support.Json.of("heading", heading, "body", body));
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    return added.object();
  }

  /** The version as the region's secretariat reads it. */
  JsonObject read(long id, int number) {
    Api.Response read = api.get(secretariat(), version(Halland.REGION, id, number));
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    return read.object();
  }

  long versionLock(long id, int number) {
    return lock(read(id, number).getJsonObject("version"));
  }

  static JsonObject consultation(LocalDate deadline, List<String> recipients, long version) {
    JsonArrayBuilder to = Json.createArrayBuilder();
    recipients.forEach(to::add);
    return Json.createObjectBuilder().add("deadline", deadline.toString()).add("recipients", to)
        .add("version", version).build();
  }

  void consult(long id, int number, LocalDate deadline, List<String> recipients) {
    Api.Response sent = api.post(secretariat(), version(Halland.REGION, id, number) + "/consultation",
        consultation(deadline, recipients, versionLock(id, number)));
    assertThat(sent.status()).as("%s", sent).isEqualTo(200);
  }

  void toDecision(long id, int number) {
    Api.Response moved = api.post(secretariat(), version(Halland.REGION, id, number) + "/decision-stage",
        se.samverkan.it.support.Json.of("version", versionLock(id, number)));
    assertThat(moved.status()).as("%s", moved).isEqualTo(200);
  }

  /** Every party of the area records its decision, each in its own space, on different days. */
  void everyPartyDecides(long id, int number) {
    everyPartyDecides(id, number, List.of());
  }

  /** The same, leaving out parties that have decided already. */
  void everyPartyDecides(long id, int number, List<String> alreadyDecided) {
    int daysAgo = 0;
    for (String party : Halland.TENANTS) {
      if (alreadyDecided.contains(party)) {
        continue;
      }
      String user = party.equals(Halland.REGION) ? RUG : Halland.tenantAdmin(party);
      Api.Response decided = api.put(tokens.of(user), version(party, id, number) + "/decision",
          decision("Fullmäktige", LocalDate.now().minusDays(daysAgo++), "Dnr " + party + "-" + id));
      assertThat(decided.status()).as("%s", decided).isEqualTo(200);
    }
  }

  /** An agreement with one version in force, its sections as given (heading, body pairs). */
  long inForce(String title, String... headingsAndBodies) {
    long id = create(title);
    for (int i = 0; i < headingsAndBodies.length; i += 2) {
      addSection(id, 1, headingsAndBodies[i], headingsAndBodies[i + 1]);
    }
    consult(id, 1, LocalDate.now().plusDays(14), List.of(Halland.VARBERG));
    toDecision(id, 1);
    everyPartyDecides(id, 1);
    return id;
  }

  static JsonObject decision(String body, LocalDate on, String reference) {
    return se.samverkan.it.support.Json.of("body", body, "decidedOn", on.toString(), "reference", reference);
  }
}
