package se.samverkan.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Meetings through the API, as a test needs them. */
public final class Meetings {

  private final Api api;
  private final Tokens tokens;

  public Meetings(Api api, Tokens tokens) {
    this.api = api;
    this.tokens = tokens;
  }

  public static String meetingsPath(String space, long groupId) {
    return Coordination.groupPath(space, groupId) + "/meetings";
  }

  public static String meetingPath(String space, long groupId, long meetingId) {
    return meetingsPath(space, groupId) + "/" + meetingId;
  }

  public static String actionItemsPath(String space, long groupId) {
    return Coordination.groupPath(space, groupId) + "/action-items";
  }

  /** The area's wall-clock time now, as the application sees it. */
  public static LocalDateTime now() {
    return LocalDateTime.now(ZoneId.of("Europe/Stockholm")).withSecond(0).withNano(0);
  }

  public static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Stockholm"));
  }

  /** A body planning a two-hour meeting at {@code start} in {@code place}, with own items. */
  public static JsonObject planBody(LocalDateTime start, String place, List<String> ownItems) {
    JsonArrayBuilder agenda = jakarta.json.Json.createArrayBuilder();
    ownItems.forEach(agenda::add);
    return jakarta.json.Json.createObjectBuilder()
        .add("startsAt", start.toString())
        .add("endsAt", start.plusHours(2).toString())
        .add("place", place)
        .add("agenda", agenda)
        .build();
  }

  /** Plans a meeting as the space's coordinator. */
  public JsonObject plan(String space, long groupId, LocalDateTime start, String place, String... ownItems) {
    Api.Response response = api.post(tokens.of(Halland.coordinator(space)), meetingsPath(space, groupId),
        planBody(start, place, List.of(ownItems)));
    assertThat(response.status()).as("planning a test meeting: %s", response).isEqualTo(201);
    return response.object();
  }

  /** Reads a meeting as {@code username}. */
  public JsonObject read(String username, String space, long groupId, long meetingId) {
    Api.Response response = api.get(tokens.of(username), meetingPath(space, groupId, meetingId));
    assertThat(response.status()).as("reading a meeting: %s", response).isEqualTo(200);
    return response.object();
  }

  /** Raises an action item at a meeting as the space's coordinator. */
  public JsonObject raise(String space, long groupId, long meetingId, String description) {
    Api.Response response = api.post(tokens.of(Halland.coordinator(space)),
        actionItemsPath(space, groupId) + "?meetingId=" + meetingId,
        Json.of("description", description, "responsible", "Elevhälsan"));
    assertThat(response.status()).as("raising an action item: %s", response).isEqualTo(201);
    return response.object();
  }

  /** Approves a meeting's minutes as the space's coordinator. */
  public JsonObject approve(String space, long groupId, JsonObject meeting) {
    long id = meeting.getJsonNumber("id").longValue();
    Api.Response response = api.post(tokens.of(Halland.coordinator(space)),
        meetingPath(space, groupId, id) + "/approval",
        Json.of("version", meeting.getJsonNumber("version").longValue()));
    assertThat(response.status()).as("approving minutes: %s", response).isEqualTo(200);
    return response.object();
  }

  public static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  public static long version(JsonObject object) {
    return object.getJsonNumber("version").longValue();
  }
}
