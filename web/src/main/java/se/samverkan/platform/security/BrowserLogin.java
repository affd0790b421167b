package se.samverkan.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * The browser's login: OpenID Connect authorization-code flow against Keycloak. Realm roles arrive
 * in the {@code groups} claim, as they do for the API.
 *
 * <p>Soteria's own return to the original page replays a stored request that breaks on
 * {@code getParameter}; {@link AuthenticationDispatcher} remembers the page instead and {@link
 * CallbackServlet} returns there.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.providerUri}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${oidcSettings.redirectUri}",
    redirectToOriginalResource = false,
    scope = {"openid", "email", "profile"},
    claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"))
public class BrowserLogin {}
