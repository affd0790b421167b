package se.samverkan.it.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Tokens;

/** Deviations through the API, as the tests need them. */
public final class Deviations {

  public static final String HALMSTAD = "halmstad";
  public static final String LAHOLM = "laholm";

  private final Api api;
  private final Tokens tokens;

  public Deviations(Api api, Tokens tokens) {
    this.api = api;
    this.tokens = tokens;
  }

  public static String path(String space, long groupId) {
    return Coordination.groupPath(space, groupId) + "/deviations";
  }

  public static String path(String space, long groupId, long id) {
    return path(space, groupId) + "/" + id;
  }

  /** A valid, de-identified deviation of an event on {@code occurredOn}. */
  public static JsonObject body(LocalDate occurredOn, String category, String description) {
    return Json.of(
        "occurredOn", occurredOn.toString(),
        "reportingUnit", "Socialtjänstens mottagning",
        "targetGroup", "CHILDREN",
        "agreementSection", "4.1 SIP",
        "category", category,
        "description", description,
        "actionsTaken", "Rutinen för kallelse till SIP har setts över i den egna verksamheten.",
        "fullyHandledAndDeIdentified", true);
  }

  /** Brings a deviation as {@code username}; answers the created deviation. */
  public JsonObject bring(String username, String space, long groupId, JsonObject body) {
    Api.Response response = api.post(tokens.of(username), path(space, groupId), body);
    assertThat(response.status()).as("bringing a deviation: %s", response).isEqualTo(201);
    return response.object();
  }

  /** Analyses a deviation as the space's coordinator at a meeting. */
  public JsonObject analyse(String space, long groupId, JsonObject deviation, long meetingId, String conclusion) {
    Api.Response response = api.post(tokens.of(Halland.coordinator(space)),
        path(space, groupId, id(deviation)) + "/analysis",
        Json.of("meetingId", meetingId, "analysis", "Gruppen ser ett behov av en gemensam rutin.",
            "conclusion", conclusion, "version", version(deviation)));
    assertThat(response.status()).as("analysing a deviation: %s", response).isEqualTo(200);
    return response.object();
  }

  public static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  public static long version(JsonObject object) {
    return object.getJsonNumber("version").longValue();
  }

  /**
   * A personal identity number no one else uses in this run: a random date and serial with the
   * right check digit, twelve digits with a hyphen.
   */
  public static String freshPersonalIdentityNumber() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30_000));
    String nine = "%02d%02d%02d%03d".formatted(born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
        random.nextInt(1000));
    int sum = 0;
    for (int i = 0; i < nine.length(); i++) {
      int digit = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += digit > 9 ? digit - 9 : digit;
    }
    return (born.getYear() / 100) + nine.substring(0, 6) + "-" + nine.substring(6) + ((10 - sum % 10) % 10);
  }
}
