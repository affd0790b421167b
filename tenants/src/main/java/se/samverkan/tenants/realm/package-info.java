/**
 * Derives the Keycloak realm from the area files, so that tenants, roles and demo people are
 * declared once. Run by {@code deploy/} before Keycloak starts; not part of the application.
 */
package se.samverkan.tenants.realm;
