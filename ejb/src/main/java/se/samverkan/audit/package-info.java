/**
 * The audit trail of a tenant's data: every create, update and delete, with who, when, which
 * object and its fields before and after, written by the database in the changing transaction
 * ({@code V17__audit_trail.sql}), plus the reads of sensitive details that services report with
 * {@link se.samverkan.audit.AuditTrail#recordRead}. A tenant's administrators browse and export
 * their own trail; nobody else's, and nobody can change it.
 */
package se.samverkan.audit;
