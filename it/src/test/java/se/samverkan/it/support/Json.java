package se.samverkan.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** Small JSON helpers over Jakarta JSON Processing (Parsson). */
public final class Json {

  private Json() {}

  public static JsonStructure parse(String text) {
    try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }

  public static JsonObject object(String text) {
    return (JsonObject) parse(text);
  }

  public static JsonArray array(String text) {
    return (JsonArray) parse(text);
  }

  /** An object from pairs of names and values (String, Number, Boolean, JsonValue or null). */
  public static JsonObject of(Object... namesAndValues) {
    JsonObjectBuilder builder = jakarta.json.Json.createObjectBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      put(builder, (String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return builder.build();
  }

  /** A copy of {@code object} with {@code name} set to {@code value} (null: JSON null). */
  public static JsonObject with(JsonObject object, String name, Object value) {
    JsonObjectBuilder builder = jakarta.json.Json.createObjectBuilder(object);
    put(builder, name, value);
    return builder.build();
  }

  /** A copy of {@code object} without {@code name}. */
  public static JsonObject without(JsonObject object, String name) {
    return jakarta.json.Json.createObjectBuilder(object).remove(name).build();
  }

  /** The text of a string member, or null when absent or JSON null. */
  public static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }

  public static List<JsonObject> objects(JsonArray array) {
    return array.getValuesAs(JsonObject.class);
  }

  private static void put(JsonObjectBuilder builder, String name, Object value) {
    if (value == null) {
      builder.addNull(name);
    } else if (value instanceof JsonValue v) {
      builder.add(name, v);
    } else if (value instanceof String s) {
      builder.add(name, s);
    } else if (value instanceof Integer n) {
      builder.add(name, n);
    } else if (value instanceof Long n) {
      builder.add(name, n);
    } else if (value instanceof Number n) {
      builder.add(name, n.doubleValue());
    } else if (value instanceof Boolean b) {
      builder.add(name, b);
    } else {
      throw new IllegalArgumentException("cannot put " + value.getClass() + " into JSON");
    }
  }
}
