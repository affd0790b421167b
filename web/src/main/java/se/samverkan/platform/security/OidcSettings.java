package se.samverkan.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser login's settings, from the server's MicroProfile Config (never from the archive),
 * exposed by name for the EL of {@link BrowserLogin}.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "samverkan.oidc.provider-uri")
  String providerUri;

  @Inject
  @ConfigProperty(name = "samverkan.oidc.client-id", defaultValue = "samverkan-web")
  String clientId;

  @Inject
  @ConfigProperty(name = "samverkan.oidc.client-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "samverkan.web.url")
  String webUrl;

  public String getProviderUri() {
    return providerUri;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public String getRedirectUri() {
    return webUrl + "/callback";
  }

  /**
   * Keycloak's end-session endpoint, returning to the start page afterwards. With the ID token as
   * hint Keycloak ends its session at once; with only the client id it asks the person first
   * (measured on Keycloak 26.7: adding client_id to the hint brings the question back).
   */
  public String logoutUri(String idTokenHint) {
    String uri = providerUri + "/protocol/openid-connect/logout?post_logout_redirect_uri="
        + encode(webUrl + "/");
    return idTokenHint == null
        ? uri + "&client_id=" + encode(clientId)
        : uri + "&id_token_hint=" + encode(idTokenHint);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
