package se.samverkan.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Coordination.groupPath;
import static se.samverkan.it.support.Coordination.groupsPath;
import static se.samverkan.it.support.Coordination.memberBody;
import static se.samverkan.it.support.Coordination.memberPath;
import static se.samverkan.it.support.Coordination.membersPath;
import static se.samverkan.it.support.Halland.KUNGSBACKA;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.REGION_EMPLOYEE;
import static se.samverkan.it.support.Halland.SSGB;
import static se.samverkan.it.support.Halland.SSGV;
import static se.samverkan.it.support.Halland.VARBERG;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.softAssertStatus;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * Isolation between municipalities in the API, for every endpoint: a user of one municipality is
 * refused the other's space (403) and the other's ids in their own space (404) — never 2xx, never
 * 5xx — and the other's data stays as it was. And the region employee who sits in Kungsbacka's
 * SSGB: enters Kungsbacka's space as a member, sees that group only, may not change it.
 */
@ExtendWith(ArquillianExtension.class)
public class TenantIsolationIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Coordination coordination;

  /** Per municipality: its SSGB and SSGV ids and a member made for this test in each. */
  private final Map<String, Target> targets = new LinkedHashMap<>();

  private record Target(String space, long ssgb, long ssgv, long ssgbMember, long ssgvMember) {
    List<Long> groups() {
      return List.of(ssgb, ssgv);
    }

    List<long[]> members() {
      return List.of(new long[] {ssgb, ssgbMember}, new long[] {ssgv, ssgvMember});
    }
  }

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    coordination = new Coordination(api, tokens);
    for (String space : List.of(KUNGSBACKA, VARBERG)) {
      long ssgb = coordination.groupId(space, SSGB);
      long ssgv = coordination.groupId(space, SSGV);
      targets.put(
          space,
          new Target(space, ssgb, ssgv, coordination.add(space, ssgb).id(), coordination.add(space, ssgv).id()));
    }
  }

  @AfterEach
  void tearDown() {
    coordination.cleanUp();
  }

  @Test
  void varbergCannotReachKungsbacka() {
    assertIsolated(VARBERG, KUNGSBACKA);
  }

  @Test
  void kungsbackaCannotReachVarberg() {
    assertIsolated(KUNGSBACKA, VARBERG);
  }

  /**
   * Every endpoint, by the coordinator and the tenant admin of {@code own} (who may write in their
   * own space), against {@code victim}: its space (403) and its ids under {@code own}'s space (404).
   */
  private void assertIsolated(String own, String victim) {
    Target mine = targets.get(own);
    Target theirs = targets.get(victim);
    Map<String, List<JsonObject>> before = snapshot(theirs);
    SoftAssertions soft = new SoftAssertions();

    for (String user : List.of(Halland.coordinator(own), Halland.tenantAdmin(own))) {
      String token = tokens.of(user);
      // the other's space, by its own ids: 403 whatever the request
      soft.assertThat(spaceIds(token)).as("%s's spaces", user).doesNotContain(victim);
      softAssertStatus(soft, api.get(token, groupsPath(victim)), 403);
      softAssertStatus(soft, api.get(token, groupsPath(victim) + "?page=1&size=1"), 403);
      for (long group : theirs.groups()) {
        softAssertStatus(soft, api.get(token, groupPath(victim, group)), 403);
        softAssertStatus(soft, api.get(token, membersPath(victim, group)), 403);
        softAssertStatus(soft, api.post(token, membersPath(victim, group), memberBody("Inkräktare", own)), 403);
        softAssertStatus(soft, api.post(token, membersPath(victim, group), memberBody("Inkräktare", victim)), 403);
      }
      for (long[] member : theirs.members()) {
        String path = memberPath(victim, member[0], member[1]);
        softAssertStatus(soft, api.get(token, path), 403);
        softAssertStatus(soft, api.put(token, path, change(victim, 0)), 403);
        softAssertStatus(soft, api.delete(token, path + "?version=0"), 403);
      }
      // the other's ids inside one's own space: 404, as if they did not exist
      for (long group : theirs.groups()) {
        softAssertStatus(soft, api.get(token, groupPath(own, group)), 404);
        softAssertStatus(soft, api.get(token, membersPath(own, group)), 404);
        softAssertStatus(soft, api.post(token, membersPath(own, group), memberBody("Inkräktare", own)), 404);
      }
      for (long[] member : theirs.members()) {
        String path = memberPath(own, member[0], member[1]);
        softAssertStatus(soft, api.get(token, path), 404);
        softAssertStatus(soft, api.put(token, path, change(own, 0)), 404);
        softAssertStatus(soft, api.delete(token, path + "?version=0"), 404);
        // the other's member under one's own group
        for (long ownGroup : mine.groups()) {
          String mixed = memberPath(own, ownGroup, member[1]);
          softAssertStatus(soft, api.get(token, mixed), 404);
          softAssertStatus(soft, api.put(token, mixed, change(own, 0)), 404);
          softAssertStatus(soft, api.delete(token, mixed + "?version=0"), 404);
        }
      }
      // and one's own list holds none of the other's groups
      Api.Response ownGroups = api.get(token, groupsPath(own) + "?page=0&size=100");
      softAssertStatus(soft, ownGroups, 200);
      if (ownGroups.status() == 200) {
        soft.assertThat(ids(ownGroups.object())).as("%s", ownGroups).doesNotContainAnyElementsOf(theirs.groups());
      }
    }
    soft.assertThat(snapshot(theirs)).as("%s's groups and members after %s's attempts", victim, own).isEqualTo(before);
    soft.assertAll();
  }

  @Test
  void regionEmployeeEntersKungsbackaThroughTheGroupOnly() {
    Target kungsbacka = targets.get(KUNGSBACKA);
    Target varberg = targets.get(VARBERG);
    String token = tokens.of(REGION_EMPLOYEE);
    Map<String, List<JsonObject>> before = snapshot(kungsbacka);

    // the spaces: home region, Kungsbacka through the membership, nothing else
    Api.Response spaces = api.get(token, "/spaces");
    assertThat(spaces.status()).as("%s", spaces).isEqualTo(200);
    Map<String, String> access = new LinkedHashMap<>();
    for (JsonObject space : Json.objects(spaces.array())) {
      access.put(Json.text(space, "id"), Json.text(space, "access"));
    }
    assertThat(access).as("%s", spaces).containsOnly(Map.entry(REGION, "HOME"), Map.entry(KUNGSBACKA, "MEMBER"));

    // Kungsbacka's groups: the SSGB only
    Api.Response groups = api.get(token, groupsPath(KUNGSBACKA) + "?page=0&size=20");
    assertThat(groups.status()).as("%s", groups).isEqualTo(200);
    assertThat(ids(groups.object())).as("%s", groups).containsExactly(kungsbacka.ssgb());
    assertThat(groups.object().getJsonNumber("total").longValue()).as("%s", groups).isEqualTo(1);
    assertThat(api.get(token, groupPath(KUNGSBACKA, kungsbacka.ssgb())).status()).isEqualTo(200);

    // the SSGV is not his: 404 for everything in it
    assertProblem(api.get(token, groupPath(KUNGSBACKA, kungsbacka.ssgv())), 404);
    assertProblem(api.get(token, membersPath(KUNGSBACKA, kungsbacka.ssgv())), 404);
    assertProblem(api.get(token, memberPath(KUNGSBACKA, kungsbacka.ssgv(), kungsbacka.ssgvMember())), 404);
    assertProblem(api.post(token, membersPath(KUNGSBACKA, kungsbacka.ssgv()), memberBody("Inkräktare", REGION)), 404);
    // the SSGV's member is not reachable through the SSGB either
    assertProblem(api.get(token, memberPath(KUNGSBACKA, kungsbacka.ssgb(), kungsbacka.ssgvMember())), 404);

    // Varberg: no membership, no entry
    assertProblem(api.get(token, groupsPath(VARBERG)), 403);
    assertProblem(api.get(token, membersPath(VARBERG, varberg.ssgb())), 403);

    // the SSGB's members: readable, including himself, but he is a MEMBER, not its coordinator
    Api.Response members = api.get(token, membersPath(KUNGSBACKA, kungsbacka.ssgb()) + "?page=0&size=100");
    assertThat(members.status()).as("%s", members).isEqualTo(200);
    assertThat(Json.objects(members.object().getJsonArray("items")))
        .extracting(m -> Json.text(m, "email"))
        .as("%s", members)
        .contains("region-halland-member@example.org");
    String ssgbMember = memberPath(KUNGSBACKA, kungsbacka.ssgb(), kungsbacka.ssgbMember());
    assertThat(api.get(token, ssgbMember).status()).isEqualTo(200);
    assertProblem(api.post(token, membersPath(KUNGSBACKA, kungsbacka.ssgb()), memberBody("Ny", REGION)), 403);
    assertProblem(api.put(token, ssgbMember, change(REGION, 0)), 403);
    assertProblem(api.delete(token, ssgbMember + "?version=0"), 403);

    assertThat(snapshot(kungsbacka)).as("Kungsbacka's data after the region employee's attempts").isEqualTo(before);
  }

  /** A member body with a version: what a change sends. */
  private static JsonObject change(String organisation, long version) {
    return Json.with(memberBody("Ändrad av någon annan", organisation), "version", version);
  }

  /** The target's groups and all members of each, read by its own coordinator. */
  private Map<String, List<JsonObject>> snapshot(Target target) {
    Map<String, List<JsonObject>> snapshot = new LinkedHashMap<>();
    snapshot.put("groups", coordination.groups(target.space()));
    for (long group : target.groups()) {
      snapshot.put("members of " + group, coordination.members(Halland.coordinator(target.space()), target.space(), group));
    }
    return snapshot;
  }

  private List<String> spaceIds(String token) {
    Api.Response spaces = api.get(token, "/spaces");
    assertThat(spaces.status()).as("%s", spaces).isEqualTo(200);
    return Json.objects(spaces.array()).stream().map(s -> Json.text(s, "id")).toList();
  }

  private static List<Long> ids(JsonObject page) {
    List<Long> ids = new ArrayList<>();
    for (JsonObject item : Json.objects(page.getJsonArray("items"))) {
      ids.add(item.getJsonNumber("id").longValue());
    }
    return ids;
  }
}
