package se.samverkan.platform.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.samverkan.shared.JsonP;

/**
 * An RFC 9457 problem detail. {@code errors} names each bad field of an input, so a client can
 * put the message beside the field.
 */
public record Problem(int status, String title, String detail, String instance, List<FieldError> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public record FieldError(String field, String message) {}

  public Problem {
    errors = List.copyOf(errors);
  }

  public static Problem of(int status, String title, String detail, String instance) {
    return new Problem(status, title, detail, instance, List.of());
  }

  public String toJson() {
    JsonObjectBuilder json = JsonP.PROVIDER.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", title)
        .add("status", status);
    if (detail != null) {
      json.add("detail", detail);
    }
    if (instance != null) {
      json.add("instance", instance);
    }
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = JsonP.PROVIDER.createArrayBuilder();
      errors.forEach(e -> list.add(JsonP.PROVIDER.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      json.add("errors", list);
    }
    return json.build().toString();
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
  }
}
