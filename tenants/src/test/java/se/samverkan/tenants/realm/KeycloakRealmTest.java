package se.samverkan.tenants.realm;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.samverkan.tenants.AreaDefinition;
import se.samverkan.tenants.AreaDirectory;

class KeycloakRealmTest {

  private final List<AreaDefinition> halland = AreaDirectory.read(Path.of(".").toAbsolutePath());
  private final RealmSettings settings = new RealmSettings("http://localhost:8080/samverkan/", "s3cret");

  @Test
  void hasOneDemoUserPerPartyAndRoleAndAPlatformAdmin() {
    Set<String> usernames = usernames(KeycloakRealm.samverkan(halland, settings, false));

    assertThat(usernames).contains("platform-admin", "kungsbacka-tenant-admin",
        "kungsbacka-coordinator", "kungsbacka-member", "hylte-coordinator",
        "region-halland-rug", "region-halland-secretariat", "nsph-halland-observer",
        "brukarradet-halland-observer");
    assertThat(usernames).hasSize(1 + 6 * 3 + 5 + 2);
  }

  @Test
  void demoUsersHaveExampleOrgAddressesAndTheirPartysGroup() {
    JsonObject realm = KeycloakRealm.samverkan(halland, settings, false);

    JsonObject user = user(realm, "kungsbacka-coordinator");
    assertThat(user.getString("email")).isEqualTo("kungsbacka-coordinator@example.org");
    assertThat(strings(user, "groups")).containsExactly("/kungsbacka");
    assertThat(strings(user, "realmRoles")).containsExactly("coordinator");
    // the demo member with this address in the area file is the same invented person
    assertThat(user.getString("firstName") + " " + user.getString("lastName")).isEqualTo("Ebba Lindqvist");

    assertThat(realm.getJsonArray("users").getValuesAs(JsonObject.class))
        .allSatisfy(u -> assertThat(u.getString("email")).endsWith("@example.org"));
  }

  @Test
  void tenantGroupsCarryTheTenantAttribute() {
    JsonObject kungsbacka = realmObjects(KeycloakRealm.samverkan(halland, settings, false), "groups")
        .stream().filter(g -> g.getString("name").equals("kungsbacka")).findFirst().orElseThrow();

    assertThat(strings(kungsbacka.getJsonObject("attributes"), "tenant")).containsExactly("kungsbacka");
  }

  @Test
  void onlyApiClientsPutTheApiAudienceIntoTokens() {
    JsonObject realm = KeycloakRealm.samverkan(halland, settings, true);

    assertThat(mapperTypes(client(realm, "samverkan-web"))).contains("oidc-audience-mapper",
        "oidc-usermodel-realm-role-mapper", "oidc-usermodel-attribute-mapper");
    assertThat(mapperTypes(client(realm, "samverkan-cli"))).contains("oidc-audience-mapper");
    assertThat(mapperTypes(client(realm, "samverkan-no-audience"))).doesNotContain("oidc-audience-mapper");
    assertThat(mapperTypes(client(KeycloakRealm.samverkan(halland, settings, false), "samverkan-web")))
        .isNotEmpty();
    assertThat(realmObjects(KeycloakRealm.samverkan(halland, settings, false), "clients"))
        .extracting(c -> c.getString("clientId")).doesNotContain("samverkan-no-audience");
  }

  @Test
  void webClientRedirectsOnlyToTheWebApplication() {
    JsonObject web = client(KeycloakRealm.samverkan(halland, settings, false), "samverkan-web");

    assertThat(strings(web, "redirectUris")).containsExactly("http://localhost:8080/samverkan/*");
    assertThat(web.getString("secret")).isEqualTo("s3cret");
    assertThat(web.getBoolean("publicClient")).isFalse();
  }

  @Test
  void foreignRealmIsAnotherIssuerWithTheSameUserNames() {
    JsonObject foreign = KeycloakRealm.foreign(halland);

    assertThat(foreign.getString("realm")).isEqualTo("elsewhere");
    assertThat(usernames(foreign)).contains("kungsbacka-coordinator");
  }

  private static Set<String> usernames(JsonObject realm) {
    return realmObjects(realm, "users").stream().map(u -> u.getString("username"))
        .collect(Collectors.toSet());
  }

  private static JsonObject user(JsonObject realm, String username) {
    return realmObjects(realm, "users").stream()
        .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow();
  }

  private static JsonObject client(JsonObject realm, String clientId) {
    return realmObjects(realm, "clients").stream()
        .filter(c -> c.getString("clientId").equals(clientId)).findFirst().orElseThrow();
  }

  private static List<String> mapperTypes(JsonObject client) {
    return realmObjects(client, "protocolMappers").stream()
        .map(m -> m.getString("protocolMapper")).toList();
  }

  private static List<JsonObject> realmObjects(JsonObject json, String name) {
    return json.getJsonArray(name).getValuesAs(JsonObject.class);
  }

  private static List<String> strings(JsonObject json, String name) {
    return json.getJsonArray(name).getValuesAs(JsonValue.class).stream()
        .map(v -> ((JsonString) v).getString()).toList();
  }
}
