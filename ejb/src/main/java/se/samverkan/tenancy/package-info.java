/**
 * Who may act in which space. A tenant is one party (the region or a municipality); a space is a
 * tenant's data as one caller may see it, entered through {@link se.samverkan.tenancy.SpaceGate}
 * and applied to every transaction by {@link se.samverkan.tenancy.SpaceScoped} services, both in
 * EclipseLink's tenant discriminator and in PostgreSQL's row-level security context.
 * Provisioning of the parties from the area files lives here too.
 */
package se.samverkan.tenancy;
