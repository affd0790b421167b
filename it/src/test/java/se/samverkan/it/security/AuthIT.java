package se.samverkan.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Coordination.groupPath;
import static se.samverkan.it.support.Coordination.groupsPath;
import static se.samverkan.it.support.Coordination.memberBody;
import static se.samverkan.it.support.Coordination.memberPath;
import static se.samverkan.it.support.Coordination.membersPath;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Halland.KUNGSBACKA;
import static se.samverkan.it.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
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
 * Who may call the API at all: a verified token of our realm for our API, then the role. No
 * token, a token of another issuer or for another audience, or a forged one: 401. A valid token
 * without the right role or space: 403.
 */
@ExtendWith(ArquillianExtension.class)
public class AuthIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Coordination coordination;
  private long ssgb;
  private long ssgbMember;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    coordination = new Coordination(api, tokens);
    ssgb = coordination.groupId(KUNGSBACKA, Halland.SSGB);
    ssgbMember = coordination.add(KUNGSBACKA, ssgb).id();
  }

  @AfterEach
  void tearDown() {
    coordination.cleanUp();
  }

  /** One request of each kind the API has, against Kungsbacka's data. */
  private List<String[]> requests() {
    String body = memberBody("Ingen Alls", KUNGSBACKA).toString();
    String changed = Json.with(memberBody("Ingen Alls", KUNGSBACKA), "version", 0L).toString();
    return List.of(
        new String[] {"GET", "/spaces", null},
        new String[] {"GET", groupsPath(KUNGSBACKA), null},
        new String[] {"GET", groupPath(KUNGSBACKA, ssgb), null},
        new String[] {"GET", membersPath(KUNGSBACKA, ssgb), null},
        new String[] {"POST", membersPath(KUNGSBACKA, ssgb), body},
        new String[] {"GET", memberPath(KUNGSBACKA, ssgb, ssgbMember), null},
        new String[] {"PUT", memberPath(KUNGSBACKA, ssgb, ssgbMember), changed},
        new String[] {"DELETE", memberPath(KUNGSBACKA, ssgb, ssgbMember) + "?version=0", null});
  }

  /** Every request with {@code token} answers 401 as a problem detail, and nothing changes. */
  private void assertAllUnauthorized(String token, String what) {
    List<JsonObject> before = coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgb);
    for (String[] request : requests()) {
      Api.Response response = api.send(request[0], token, api.stack().api(request[1]), request[2]);
      assertProblem(response, 401);
    }
    assertThat(coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgb))
        .as("Kungsbacka's SSGB after requests %s", what)
        .isEqualTo(before);
  }

  @Test
  void withoutTokenEveryEndpointAnswers401() {
    assertAllUnauthorized(null, "without a token");
  }

  @Test
  void tokenOfAnotherIssuerIsRefused() {
    String foreign = tokens.fromRealm(Tokens.FOREIGN_REALM, Halland.coordinator(KUNGSBACKA));
    assertAllUnauthorized(foreign, "with a token of realm 'elsewhere'");
  }

  @Test
  void tokenWithoutTheApiAudienceIsRefused() {
    String noAudience = tokens.fromClient(Tokens.NO_AUDIENCE_CLIENT, Halland.coordinator(KUNGSBACKA));
    assertAllUnauthorized(noAudience, "with a token without the API audience");
  }

  @Test
  void idTokenIsNotAnAccessToken() {
    assertAllUnauthorized(tokens.idToken(Halland.coordinator(KUNGSBACKA)), "with an ID token");
  }

  @Test
  void garbageTokenIsRefused() {
    assertAllUnauthorized("not-a-token", "with a token that is no JWT");
  }

  @Test
  void forgedExpiredTokenIsRefused() {
    String issuer = api.stack().keycloakUrl() + "/realms/" + Tokens.REALM;
    long past = Instant.now().minusSeconds(3600).getEpochSecond();
    String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}");
    String payload =
        base64("{\"iss\":\"" + issuer + "\",\"aud\":\"samverkan-api\",\"sub\":\"forged\","
            + "\"upn\":\"kungsbacka-coordinator\",\"preferred_username\":\"kungsbacka-coordinator\","
            + "\"email\":\"kungsbacka-coordinator@example.org\",\"email_verified\":true,"
            + "\"tenant\":\"kungsbacka\",\"groups\":[\"coordinator\",\"tenant-admin\"],"
            + "\"iat\":" + (past - 300) + ",\"exp\":" + past + "}");
    String signature = base64("not a signature of anything at all, but long enough to look like one");
    assertAllUnauthorized(header + "." + payload + "." + signature, "with a forged, expired token");
  }

  @Test
  void unsignedTokenIsRefused() {
    String[] real = tokens.of(Halland.coordinator(KUNGSBACKA)).split("\\.");
    String none = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    assertAllUnauthorized(none + "." + real[1] + ".", "with the real claims but alg none");
  }

  @Test
  void tamperedTokenIsRefused() {
    // a real Varberg token whose claims are edited to say Kungsbacka: the signature no longer fits
    String[] real = tokens.of(Halland.coordinator(Halland.VARBERG)).split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(real[1]), StandardCharsets.UTF_8);
    assertThat(claims).contains("\"varberg\"");
    String edited = base64(claims.replace("\"varberg\"", "\"kungsbacka\""));
    assertAllUnauthorized(real[0] + "." + edited + "." + real[2], "with edited claims");
  }

  @Test
  void memberMayReadButNotAddMembers() {
    String token = tokens.of(Halland.member(KUNGSBACKA));
    List<JsonObject> before = coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgb);

    assertThat(api.get(token, membersPath(KUNGSBACKA, ssgb)).status()).isEqualTo(200);
    assertProblem(api.post(token, membersPath(KUNGSBACKA, ssgb), memberBody(uniqueName("Nekad"), KUNGSBACKA)), 403);
    JsonObject change = Json.with(memberBody("Ändrad", KUNGSBACKA), "version", 0L);
    assertProblem(api.put(token, memberPath(KUNGSBACKA, ssgb, ssgbMember), change), 403);
    assertProblem(api.delete(token, memberPath(KUNGSBACKA, ssgb, ssgbMember) + "?version=0"), 403);

    assertThat(coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgb))
        .as("Kungsbacka's SSGB after a member's attempts to write")
        .isEqualTo(before);
  }

  @Test
  void userOrganisationObserverMayNotEnterAMunicipality() {
    String token = tokens.of(Halland.NSPH_OBSERVER);
    assertProblem(api.get(token, groupsPath(KUNGSBACKA)), 403);
    assertProblem(api.get(token, membersPath(KUNGSBACKA, ssgb)), 403);
    assertProblem(api.post(token, membersPath(KUNGSBACKA, ssgb), memberBody(uniqueName("Nekad"), "nsph-halland")), 403);
  }

  @Test
  void platformAdminSeesNoTenantContent() {
    String token = tokens.of(Halland.PLATFORM_ADMIN);
    assertProblem(api.get(token, groupsPath(KUNGSBACKA)), 403);
    assertProblem(api.get(token, membersPath(KUNGSBACKA, ssgb)), 403);
  }

  @Test
  void unknownSpaceIsForbidden() {
    String token = tokens.of(Halland.coordinator(KUNGSBACKA));
    assertProblem(api.get(token, groupsPath("atlantis")), 403);
    assertProblem(api.get(token, groupsPath("Kungsbacka")), 403);
  }

  @Test
  void coordinatorReadsItsOwnSpace() {
    String token = tokens.of(Halland.coordinator(KUNGSBACKA));

    Api.Response spaces = api.get(token, "/spaces");
    assertThat(spaces.status()).as("%s", spaces).isEqualTo(200);
    assertThat(spaces.array())
        .as("%s", spaces)
        .containsExactly(Json.of("id", KUNGSBACKA, "name", "Kungsbacka kommun", "kind", "MUNICIPALITY", "access", "HOME"));

    Api.Response groups = api.get(token, groupsPath(KUNGSBACKA) + "?page=0&size=20");
    assertThat(groups.status()).as("%s", groups).isEqualTo(200);
    assertThat(Json.objects(groups.object().getJsonArray("items")))
        .extracting(g -> Json.text(g, "name"))
        .containsExactlyInAnyOrder("SSGB Kungsbacka", "SSGV Kungsbacka");
  }

  @Test
  void tenantAdminAndCoordinatorMayAddMembers() {
    for (String user : List.of(Halland.tenantAdmin(KUNGSBACKA), Halland.coordinator(KUNGSBACKA))) {
      Api.Response added =
          api.post(tokens.of(user), membersPath(KUNGSBACKA, ssgb), memberBody(uniqueName("Tillagd"), KUNGSBACKA));
      assertThat(added.status()).as("%s by %s", added, user).isEqualTo(201);
      coordination.forget(KUNGSBACKA, ssgb, added.object());
    }
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
