package se.samverkan.shared;

/** The object's state forbids the change, e.g. minutes that are already approved. */
public class ConflictException extends DomainException {

  public ConflictException(String message) {
    super(message);
  }
}
