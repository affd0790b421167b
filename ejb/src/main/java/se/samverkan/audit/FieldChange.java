package se.samverkan.audit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import se.samverkan.shared.JsonP;

/** One field of an event as people read it: its value before and after (absent when none). */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

  /** The fields of an event's changes, in field order. */
  public static List<FieldChange> of(String changes) {
    try (var reader = JsonP.PROVIDER.createReader(new StringReader(changes))) {
      JsonObject fields = reader.readObject();
      return fields.keySet().stream().sorted()
          .map(field -> {
            JsonObject change = fields.getJsonObject(field);
            return new FieldChange(field, text(change.get("before")), text(change.get("after")));
          })
          .toList();
    }
  }

  private static Optional<String> text(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    return Optional.of(value instanceof JsonString string ? string.getString() : value.toString());
  }
}
