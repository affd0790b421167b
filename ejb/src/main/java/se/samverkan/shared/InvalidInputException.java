package se.samverkan.shared;

/** Input that passed its own format checks but breaks a rule that needs the domain to see. */
public class InvalidInputException extends DomainException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
