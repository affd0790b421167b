package se.samverkan.shared;

/** The caller is known but their roles or memberships do not allow this. */
public class AccessDeniedException extends DomainException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
