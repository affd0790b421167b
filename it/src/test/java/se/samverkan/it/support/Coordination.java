package se.samverkan.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Groups and members through the API, as a test needs them: finds the provisioned groups, makes
 * members with unique names and removes those it made when {@link #cleanUp()} is called.
 */
public final class Coordination {

  private static final int PAGE_SIZE = 20;

  private final Api api;
  private final Tokens tokens;
  private final Deque<Made> made = new ArrayDeque<>();

  public Coordination(Api api, Tokens tokens) {
    this.api = api;
    this.tokens = tokens;
  }

  /** A member this helper made: where it is and how the API answered. */
  public record Made(String space, long groupId, JsonObject member) {
    public long id() {
      return member.getJsonNumber("id").longValue();
    }

    public long version() {
      return member.getJsonNumber("version").longValue();
    }

    public String path() {
      return "/spaces/" + space + "/groups/" + groupId + "/members/" + id();
    }
  }

  public static String groupsPath(String space) {
    return "/spaces/" + space + "/groups";
  }

  public static String groupPath(String space, long groupId) {
    return groupsPath(space) + "/" + groupId;
  }

  public static String membersPath(String space, long groupId) {
    return groupPath(space, groupId) + "/members";
  }

  public static String memberPath(String space, long groupId, long memberId) {
    return membersPath(space, groupId) + "/" + memberId;
  }

  /** A unique name, so tests never collide with each other or with the demo data. */
  public static String uniqueName(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A valid member body: organisation {@code organisation}, role MEMBER, no e-mail. */
  public static JsonObject memberBody(String name, String organisation) {
    return Json.of(
        "name", name,
        "organisation", organisation,
        "unit", "Testenheten",
        "mandate", "Beslutar för testverksamheten",
        "role", "MEMBER");
  }

  /** Every group of a space that its coordinator sees (all pages). */
  public List<JsonObject> groups(String space) {
    return all(tokens.of(Halland.coordinator(space)), groupsPath(space));
  }

  /** The id of a municipality's provisioned SSGB or SSGV, read as its coordinator. */
  public long groupId(String space, String kind) {
    return groups(space).stream()
        .filter(g -> kind.equals(Json.text(g, "kind")))
        .mapToLong(g -> g.getJsonNumber("id").longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError(space + " has no " + kind + " group"));
  }

  /** Every member of a group (all pages), as {@code username} sees them. */
  public List<JsonObject> members(String username, String space, long groupId) {
    return all(tokens.of(username), membersPath(space, groupId));
  }

  /** Makes a member as the space's coordinator; removed again by {@link #cleanUp()}. */
  public Made add(String space, long groupId, JsonObject body) {
    Api.Response response = api.post(tokens.of(Halland.coordinator(space)), membersPath(space, groupId), body);
    assertThat(response.status()).as("adding a test member: %s", response).isEqualTo(201);
    Made member = new Made(space, groupId, response.object());
    made.push(member);
    return member;
  }

  /** Makes a member with a unique name of the space's own organisation. */
  public Made add(String space, long groupId) {
    return add(space, groupId, memberBody(uniqueName("IT-testperson"), space));
  }

  /** Remembers a member made elsewhere (e.g. through the UI) so it is removed at the end. */
  public void forget(String space, long groupId, JsonObject member) {
    made.push(new Made(space, groupId, member));
  }

  /** Removes what this helper made (those still there), newest first. */
  public void cleanUp() {
    List<String> problems = new ArrayList<>();
    while (!made.isEmpty()) {
      Made member = made.pop();
      String token = tokens.of(Halland.coordinator(member.space()));
      Api.Response current = api.get(token, member.path());
      if (current.status() == 404) {
        continue;
      }
      if (current.status() != 200) {
        problems.add(current.toString());
        continue;
      }
      long version = current.object().getJsonNumber("version").longValue();
      Api.Response removed = api.delete(token, member.path() + "?version=" + version);
      if (removed.status() != 204) {
        problems.add(removed.toString());
      }
    }
    assertThat(problems).as("removing the test's members").isEmpty();
  }

  private List<JsonObject> all(String token, String path) {
    List<JsonObject> items = new ArrayList<>();
    for (int page = 0; ; page++) {
      Api.Response response = api.get(token, path + "?page=" + page + "&size=" + PAGE_SIZE);
      assertThat(response.status()).as("reading %s", response).isEqualTo(200);
      JsonObject envelope = response.object();
      List<JsonObject> pageItems = Json.objects(envelope.getJsonArray("items"));
      items.addAll(pageItems);
      long total = envelope.getJsonNumber("total").longValue();
      if (pageItems.isEmpty() || items.size() >= total) {
        assertThat(items).as("all items of %s", path).hasSize((int) total);
        return items;
      }
    }
  }
}
