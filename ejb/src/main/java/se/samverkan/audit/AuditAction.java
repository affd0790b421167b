package se.samverkan.audit;

/** What happened to an object. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  READ
}
