/**
 * A municipality's local coordination groups (SSGB for children, SSGV for adults, and groups it
 * adds) and their members: who sits in them, for which organisation and unit, with which
 * mandate and role. Tenant data: every entity here is multitenant and row-level secured.
 */
package se.samverkan.coordination;
