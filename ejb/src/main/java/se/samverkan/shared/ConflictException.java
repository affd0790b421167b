package se.samverkan.shared;

/**
 * The object is in a state that does not allow this now (a completed analysis is reopened
 * before it is changed). Unlike {@link StaleVersionException} the caller's copy may be current:
 * the message says what to do first.
 */
public class ConflictException extends DomainException {

  public ConflictException(String message) {
    super(message);
  }
}
