package se.samverkan.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samverkan.it.support.Api;

/**
 * The server's OpenAPI document as the security tests read it: the operations, their query
 * parameters and their JSON request bodies with every {@code $ref} resolved.
 */
final class OpenApiDocument {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

  /** A query parameter and its schema. */
  record QueryParameter(String name, JsonObject schema) {}

  /** One operation: method, path template, query parameters and the request body's schema, if any. */
  record Operation(String method, String path, List<QueryParameter> query, Optional<JsonObject> body) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private final JsonObject document;

  private OpenApiDocument(JsonObject document) {
    this.document = document;
  }

  static OpenApiDocument read(Api api) {
    Api.Response answer = api.send("GET", null, api.stack().server("/openapi"), null);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return new OpenApiDocument(answer.object());
  }

  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.keySet()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.keySet()) {
        if (!METHODS.contains(method)) {
          continue;
        }
        JsonObject operation = item.getJsonObject(method);
        List<QueryParameter> query = new ArrayList<>();
        for (JsonValue value : parameters(item, operation)) {
          JsonObject parameter = resolve((JsonObject) value);
          if ("query".equals(parameter.getString("in", ""))) {
            query.add(new QueryParameter(parameter.getString("name"),
                parameter.containsKey("schema") ? resolve(parameter.getJsonObject("schema")) : JsonValue.EMPTY_JSON_OBJECT));
          }
        }
        Optional<JsonObject> body = Optional.empty();
        if (operation.containsKey("requestBody")) {
          JsonObject content = resolve(operation.getJsonObject("requestBody")).getJsonObject("content");
          if (content != null && content.containsKey("application/json")) {
            JsonObject media = content.getJsonObject("application/json");
            body = Optional.of(media.containsKey("schema") ? resolve(media.getJsonObject("schema"))
                : JsonValue.EMPTY_JSON_OBJECT);
          }
        }
        operations.add(new Operation(method.toUpperCase(), path, query, body));
      }
    }
    operations.sort(Comparator.comparing((Operation o) -> o.path()).thenComparing(Operation::method));
    return operations;
  }

  private static List<JsonValue> parameters(JsonObject item, JsonObject operation) {
    List<JsonValue> all = new ArrayList<>();
    if (item.get("parameters") instanceof JsonArray shared) {
      all.addAll(shared);
    }
    if (operation.get("parameters") instanceof JsonArray own) {
      all.addAll(own);
    }
    return all;
  }

  /** The schema a {@code $ref} points at (followed until none is left); others as they are. */
  JsonObject resolve(JsonObject schema) {
    JsonObject resolved = schema;
    for (int hops = 0; resolved.get("$ref") instanceof JsonString ref && hops < 20; hops++) {
      JsonObject target = document;
      for (String part : ref.getString().replaceFirst("^#/", "").split("/")) {
        target = target.getJsonObject(part);
      }
      resolved = target;
    }
    return resolved;
  }
}
