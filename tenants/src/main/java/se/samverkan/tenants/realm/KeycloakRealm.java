package se.samverkan.tenants.realm;

import se.samverkan.tenants.Role;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import se.samverkan.tenants.AreaDefinition;
import se.samverkan.tenants.TenantDefinition;
import se.samverkan.tenants.UserOrganisationDefinition;

/**
 * Builds Keycloak realm representations (the import format of {@code kc.sh --import-realm}).
 *
 * <p>Each party is a Keycloak group whose {@code tenant} attribute is mapped into the token, so a
 * user's home tenant follows from group membership and cannot be edited as a user attribute.
 * Realm roles go to the {@code groups} claim that MicroProfile JWT reads as roles. The mappers sit
 * on the clients themselves: custom client scopes would displace Keycloak's default scopes.
 */
public final class KeycloakRealm {

  private KeycloakRealm() {}

  public static JsonObject samverkan(
      List<AreaDefinition> areas, RealmSettings settings, boolean withTestClients) {
    JsonArrayBuilder clients =
        Json.createArrayBuilder()
            .add(webClient(settings))
            .add(cliClient(RealmSettings.CLI_CLIENT, true));
    if (withTestClients) {
      clients.add(cliClient(RealmSettings.NO_AUDIENCE_CLIENT, false));
    }
    return realm(RealmSettings.REALM, "Samverkan")
        .add("roles", Json.createObjectBuilder().add("realm", roles()))
        .add("groups", groups(areas))
        .add("clients", clients)
        .add("users", users(DemoUsers.of(areas)))
        .build();
  }

  /**
   * A realm on the same server that knows the same user names: its tokens carry another issuer
   * and another signing key, and the API must refuse them.
   */
  public static JsonObject foreign(List<AreaDefinition> areas) {
    List<DemoUser> users = DemoUsers.of(areas);
    return realm(RealmSettings.FOREIGN_REALM, "Elsewhere")
        .add("roles", Json.createObjectBuilder().add("realm", roles()))
        .add("groups", groups(areas))
        .add("clients", Json.createArrayBuilder().add(cliClient(RealmSettings.CLI_CLIENT, true)))
        .add("users", users(users))
        .build();
  }

  private static JsonObjectBuilder realm(String name, String displayName) {
    return Json.createObjectBuilder()
        .add("realm", name)
        .add("displayName", displayName)
        .add("enabled", true)
        .add("sslRequired", "external")
        .add("registrationAllowed", false)
        .add("loginWithEmailAllowed", true)
        .add("bruteForceProtected", true)
        .add("failureFactor", 10)
        .add("accessTokenLifespan", 300)
        .add("ssoSessionIdleTimeout", 1800)
        .add("internationalizationEnabled", true)
        .add("supportedLocales", Json.createArrayBuilder().add("sv").add("en"))
        .add("defaultLocale", "sv");
  }

  private static JsonArrayBuilder roles() {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    for (Role role : Role.values()) {
      roles.add(
          Json.createObjectBuilder()
              .add("name", role.roleName())
              .add("description", role.description()));
    }
    return roles;
  }

  private static JsonArrayBuilder groups(List<AreaDefinition> areas) {
    JsonArrayBuilder groups = Json.createArrayBuilder();
    for (AreaDefinition area : areas) {
      for (TenantDefinition tenant : area.tenants()) {
        groups.add(group(tenant.id(), Map.of("tenant", tenant.id(), "area", area.id())));
      }
      for (UserOrganisationDefinition organisation : area.userOrganisations()) {
        groups.add(group(organisation.id(), Map.of("organisation", organisation.id(), "area", area.id())));
      }
    }
    return groups;
  }

  private static JsonObjectBuilder group(String name, Map<String, String> attributes) {
    JsonObjectBuilder attrs = Json.createObjectBuilder();
    attributes.forEach((key, value) -> attrs.add(key, Json.createArrayBuilder().add(value)));
    return Json.createObjectBuilder().add("name", name).add("attributes", attrs);
  }

  private static JsonArrayBuilder users(List<DemoUser> users) {
    JsonArrayBuilder result = Json.createArrayBuilder();
    for (DemoUser user : users) {
      JsonArrayBuilder groups = Json.createArrayBuilder();
      user.keycloakGroup().ifPresent(g -> groups.add("/" + g));
      result.add(
          Json.createObjectBuilder()
              .add("username", user.username())
              .add("enabled", true)
              .add("email", user.email())
              .add("emailVerified", true)
              .add("firstName", user.firstName())
              .add("lastName", user.lastName())
              .add(
                  "credentials",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("type", "password")
                              .add("value", RealmSettings.DEMO_PASSWORD)
                              .add("temporary", false)))
              .add("realmRoles", Json.createArrayBuilder().add(user.role().roleName()))
              .add("groups", groups));
    }
    return result;
  }

  private static JsonObjectBuilder webClient(RealmSettings settings) {
    return Json.createObjectBuilder()
        .add("clientId", RealmSettings.WEB_CLIENT)
        .add("name", "Samverkan")
        .add("enabled", true)
        .add("protocol", "openid-connect")
        .add("publicClient", false)
        .add("clientAuthenticatorType", "client-secret")
        .add("secret", settings.webClientSecret())
        .add("standardFlowEnabled", true)
        .add("directAccessGrantsEnabled", false)
        .add("implicitFlowEnabled", false)
        .add("serviceAccountsEnabled", false)
        .add("rootUrl", settings.webUrl())
        .add("baseUrl", settings.webUrl() + "/")
        .add("redirectUris", Json.createArrayBuilder().add(settings.webUrl() + "/*"))
        .add("webOrigins", Json.createArrayBuilder().add("+"))
        .add(
            "attributes",
            Json.createObjectBuilder()
                // Jakarta Security's OpenID Connect client sends no PKCE challenge
                .add("post.logout.redirect.uris", settings.webUrl() + "/*"))
        .add("protocolMappers", mappers(true));
  }

  private static JsonObjectBuilder cliClient(String clientId, boolean apiAudience) {
    return Json.createObjectBuilder()
        .add("clientId", clientId)
        .add("enabled", true)
        .add("protocol", "openid-connect")
        .add("publicClient", true)
        .add("standardFlowEnabled", false)
        .add("directAccessGrantsEnabled", true)
        .add("implicitFlowEnabled", false)
        .add("protocolMappers", mappers(apiAudience));
  }

  private static JsonArrayBuilder mappers(boolean apiAudience) {
    JsonArrayBuilder mappers =
        Json.createArrayBuilder()
            .add(attributeMapper("tenant"))
            .add(attributeMapper("organisation"))
            .add(
                mapper("realm roles as groups", "oidc-usermodel-realm-role-mapper")
                    .add(
                        "config",
                        tokenClaims()
                            .add("claim.name", "groups")
                            .add("jsonType.label", "String")
                            .add("multivalued", "true")));
    if (apiAudience) {
      mappers.add(
          mapper("api audience", "oidc-audience-mapper")
              .add(
                  "config",
                  Json.createObjectBuilder()
                      .add("included.custom.audience", RealmSettings.API_AUDIENCE)
                      .add("access.token.claim", "true")
                      .add("id.token.claim", "false")
                      .add("introspection.token.claim", "true")));
    }
    return mappers;
  }

  /** Group attributes resolve through the user: Keycloak looks in the user's groups too. */
  private static JsonObjectBuilder attributeMapper(String attribute) {
    return mapper(attribute, "oidc-usermodel-attribute-mapper")
        .add(
            "config",
            tokenClaims()
                .add("user.attribute", attribute)
                .add("claim.name", attribute)
                .add("jsonType.label", "String")
                .add("multivalued", "false")
                .add("aggregate.attrs", "false"));
  }

  private static JsonObjectBuilder mapper(String name, String type) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("protocol", "openid-connect")
        .add("protocolMapper", type);
  }

  private static JsonObjectBuilder tokenClaims() {
    return Json.createObjectBuilder()
        .add("id.token.claim", "true")
        .add("access.token.claim", "true")
        .add("userinfo.token.claim", "true")
        .add("introspection.token.claim", "true");
  }
}
