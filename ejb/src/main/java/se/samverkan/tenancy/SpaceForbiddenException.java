package se.samverkan.tenancy;

import se.samverkan.shared.AccessDeniedException;

/** The caller may not enter the space: unknown, or not theirs. Both answer alike. */
public class SpaceForbiddenException extends AccessDeniedException {

  public SpaceForbiddenException(String space) {
    super("You do not have access to the space '" + space + "'");
  }
}
