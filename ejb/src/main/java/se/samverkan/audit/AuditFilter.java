package se.samverkan.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import se.samverkan.shared.InvalidInputException;

/** Which part of the trail to show: all criteria optional, days inclusive (Swedish days). */
public record AuditFilter(
    Optional<String> objectType,
    Optional<String> objectId,
    Optional<String> actor,
    Optional<AuditAction> action,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  public AuditFilter {
    objectType = objectType.map(String::strip).filter(s -> !s.isEmpty());
    objectId = objectId.map(String::strip).filter(s -> !s.isEmpty());
    actor = actor.map(String::strip).filter(s -> !s.isEmpty());
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new InvalidInputException("to", "the last day comes before the first");
    }
  }

  /** A filter from what people type or put in a query string; a bad value names its field. */
  public static AuditFilter parse(
      String objectType, String objectId, String actor, String action, String from, String to) {
    return new AuditFilter(text(objectType), text(objectId), text(actor),
        text(action).map(AuditFilter::action), text(from).map(day -> day("from", day)),
        text(to).map(day -> day("to", day)));
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static AuditAction action(String value) {
    try {
      return AuditAction.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("action", "the action is one of CREATE, UPDATE, DELETE, READ");
    }
  }

  private static LocalDate day(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "a day is written YYYY-MM-DD");
    }
  }

  public static AuditFilter everything() {
    return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }
}
