package se.samverkan.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the trail.
 *
 * @param objectType the table the object lives in (e.g. {@code group_member})
 * @param objectId its key ({@code 42}, or key columns joined by {@code /})
 * @param changes the fields as JSON: {@code {"field": {"before": …, "after": …}}}
 */
public record AuditEvent(
    UUID id,
    OffsetDateTime occurredAt,
    String actor,
    Optional<String> requestId,
    AuditAction action,
    String objectType,
    String objectId,
    String changes) {

  public List<FieldChange> fieldChanges() {
    return FieldChange.of(changes);
  }
}
