/**
 * Logging people in: OpenID Connect against Keycloak for the browser, bearer tokens (MicroProfile
 * JWT) for the API, one application. Turns either into the domain's {@link
 * se.samverkan.tenancy.Caller}.
 */
package se.samverkan.platform.security;
