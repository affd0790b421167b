/**
 * The collaboration area files under {@code tenants/}: one file per area (a region, its
 * municipalities and the user organisations taking part), read into immutable definitions.
 * The application provisions tenants from them; the deploy scripts derive the Keycloak realm.
 */
package se.samverkan.tenants;
