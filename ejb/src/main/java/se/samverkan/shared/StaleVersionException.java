package se.samverkan.shared;

/** Someone else changed the object since the caller read it: their edit would overwrite it. */
public class StaleVersionException extends DomainException {

  public StaleVersionException(String what, Object id) {
    super(what + " " + id + " was changed by someone else; reload it and try again");
  }
}
