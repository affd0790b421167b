package se.samverkan.audit.api;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import se.samverkan.audit.AuditEvent;
import se.samverkan.shared.JsonP;

/** One event as the API shows it; the changes as a JSON object, not a string of JSON. */
public record AuditEventView(
    String id,
    OffsetDateTime occurredAt,
    String actor,
    String requestId,
    String action,
    String objectType,
    String objectId,
    JsonObject changes) {

  static AuditEventView of(AuditEvent event) {
    try (var reader = JsonP.PROVIDER.createReader(new StringReader(event.changes()))) {
      return new AuditEventView(event.id().toString(), event.occurredAt(), event.actor(),
          event.requestId().orElse(null), event.action().name(), event.objectType(), event.objectId(),
          reader.readObject());
    }
  }
}
