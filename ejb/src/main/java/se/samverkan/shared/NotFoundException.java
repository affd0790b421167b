package se.samverkan.shared;

/**
 * The object does not exist in the caller's space, or the caller may not know it exists: both
 * answer the same, so ids of other tenants reveal nothing.
 */
public class NotFoundException extends DomainException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " was not found");
  }
}
