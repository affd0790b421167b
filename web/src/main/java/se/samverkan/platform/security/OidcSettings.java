package se.samverkan.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

  public String getWebUrl() {
    return webUrl;
  }

  /** Keycloak's end-session endpoint, returning to the start page afterwards. */
  public String logoutUri() {
    return providerUri
        + "/protocol/openid-connect/logout?client_id="
        + java.net.URLEncoder.encode(clientId, java.nio.charset.StandardCharsets.UTF_8)
        + "&post_logout_redirect_uri="
        + java.net.URLEncoder.encode(webUrl + "/", java.nio.charset.StandardCharsets.UTF_8);
  }
}
