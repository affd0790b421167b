/** The audit trail over HTTP: a tenant's administrators page through and export their trail. */
package se.samverkan.audit.api;
