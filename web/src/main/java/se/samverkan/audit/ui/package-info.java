/** The audit trail's page and its CSV download, for a tenant's administrators. */
package se.samverkan.audit.ui;
