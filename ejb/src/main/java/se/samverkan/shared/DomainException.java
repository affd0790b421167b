package se.samverkan.shared;

/**
 * A rule of the business refused the request. Each subtype says which kind of refusal it is; the
 * web layer maps the kind to an HTTP status, the message is safe to show.
 */
public abstract class DomainException extends RuntimeException {

  protected DomainException(String message) {
    super(message);
  }
}
