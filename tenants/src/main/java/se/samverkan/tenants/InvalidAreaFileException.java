package se.samverkan.tenants;

/** An area file that cannot be used, with the file and the place in it that is wrong. */
public class InvalidAreaFileException extends RuntimeException {

  public InvalidAreaFileException(String message) {
    super(message);
  }

  public InvalidAreaFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
