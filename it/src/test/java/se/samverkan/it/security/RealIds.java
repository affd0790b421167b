package se.samverkan.it.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkan.it.support.Api;

/**
 * Fills an operation's path with real ids of objects the caller's space has: the first object of
 * the collection the parameter stands in (read from the parent object, else from the collection's
 * list), else one made through the API with an example body. Unknown ids would only test 404.
 */
final class RealIds {

  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?::\\s*([^}]*))?}");

  /** Makes an object in a collection: POSTs an example body to the filled collection path. */
  interface Maker {
    Optional<String> make(String collectionPath, String token);
  }

  private final Api api;
  private final Maker maker;
  private final Map<String, Optional<String>> found = new HashMap<>();

  RealIds(Api api, Maker maker) {
    this.api = api;
    this.maker = maker;
  }

  /** The path (under /api) with every parameter filled, or empty when one has no real object. */
  Optional<String> fill(String template, String space, long groupId, String token) {
    String path = template.replaceFirst("^/api", "");
    Matcher parameter = PARAMETER.matcher(path);
    StringBuilder filled = new StringBuilder();
    int appended = 0;
    while (parameter.find()) {
      String name = parameter.group(1);
      String value;
      switch (name) {
        case "space" -> value = space;
        case "groupId" -> value = String.valueOf(groupId);
        case "year" -> value = "2026";
        default -> {
          if (parameter.group(2) != null) {
            value = parameter.group(2).split("\\|")[0].strip();
          } else {
            StringBuilder prefix = new StringBuilder(filled);
            prefix.append(path, appended, parameter.start());
            Optional<String> id = id(stripSlash(prefix.toString()), token);
            if (id.isEmpty()) {
              return Optional.empty();
            }
            value = id.get();
          }
        }
      }
      parameter.appendReplacement(filled, Matcher.quoteReplacement(value));
      appended = parameter.end();
    }
    parameter.appendTail(filled);
    return Optional.of(filled.toString());
  }

  /** The id of the first object of a collection, e.g. {@code /spaces/varberg/plans} → a plan's id. */
  private Optional<String> id(String collection, String token) {
    return found.computeIfAbsent(collection + " " + token.hashCode(), key -> lookUp(collection, token));
  }

  private Optional<String> lookUp(String collection, String token) {
    String segment = collection.substring(collection.lastIndexOf('/') + 1);
    String parent = collection.substring(0, collection.lastIndexOf('/'));
    Function<JsonObject, Optional<String>> key = o -> key(o, segment);
    Optional<String> id = first(get(parent, token), segment).flatMap(key);
    if (id.isEmpty()) {
      id = first(get(collection, token), null).flatMap(key);
    }
    if (id.isEmpty()) {
      id = maker.make(collection, token);
    }
    return id;
  }

  private Optional<JsonValue> get(String path, String token) {
    Api.Response answer = api.send("GET", token, api.stack().api(path), null);
    if (answer.status() != 200 || !answer.mediaType().equals("application/json")) {
      return Optional.empty();
    }
    try {
      return Optional.of(se.samverkan.it.support.Json.parse(answer.body()));
    } catch (RuntimeException notJson) {
      return Optional.empty();
    }
  }

  /** The first element of the list a read answered: itself, its {@code items}, or its member {@code name}. */
  private static Optional<JsonObject> first(Optional<JsonValue> read, String name) {
    if (read.isEmpty()) {
      return Optional.empty();
    }
    JsonValue value = read.get();
    if (value instanceof JsonObject object) {
      value = name != null ? object.get(name) : object.containsKey("items") ? object.get("items") : null;
    } else if (name != null) {
      return Optional.empty();
    }
    if (value instanceof JsonArray array) {
      List<JsonObject> objects = array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
      return objects.stream().findFirst();
    }
    return Optional.empty();
  }

  private static Optional<String> key(JsonObject object, String segment) {
    for (String name : segment.equals("versions") ? List.of("number", "id") : List.of("id", "number")) {
      if (object.get(name) instanceof JsonNumber number) {
        return Optional.of(number.toString());
      }
    }
    return Optional.empty();
  }

  private static String stripSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The last segment of a Location header: the made object's id. */
  static Optional<String> idOf(Optional<String> location) {
    return location.map(URI::create).map(URI::getPath).map(p -> p.substring(p.lastIndexOf('/') + 1));
  }
}
