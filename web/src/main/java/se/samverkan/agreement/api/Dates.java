package se.samverkan.agreement.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.samverkan.shared.InvalidInputException;

/** Dates arrive as text, so that a malformed one is a field error like any other. */
final class Dates {

  private Dates() {}

  static LocalDate parse(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "the date is required (yyyy-mm-dd)");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "'" + text + "' is not a date; write it as yyyy-mm-dd");
    }
  }

  static long version(Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "the version you read is required");
    }
    return version;
  }
}
