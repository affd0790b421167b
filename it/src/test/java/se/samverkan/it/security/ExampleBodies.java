package se.samverkan.it.security;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Example values for request bodies, from the OpenAPI schema. Payara's generated schema leaves
 * facts out (it emits no {@code required}, no {@code enum}, no {@code format: date}, and for some
 * classes only the annotated properties), so a property's kind is completed from its name where
 * the schema says nothing: the names below are the API's conventions, not per-operation cases.
 */
final class ExampleBodies {

  /** What a property holds, as far as the tests need to know. */
  enum Kind { TEXT, CLOSED_TEXT, DATE, DATE_TIME, INSTANT, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT }

  /** One property of a body: its name, kind, schema and whether the server requires it. */
  record Field(String name, Kind kind, JsonObject schema, boolean required) {
    boolean bounded() {
      return schema.containsKey("maxLength");
    }

    boolean text() {
      return kind == Kind.TEXT || kind == Kind.CLOSED_TEXT || kind == Kind.DATE || kind == Kind.DATE_TIME
          || kind == Kind.INSTANT;
    }
  }

  private static final Set<String> DATE_NAMES =
      Set.of("validFrom", "validTo", "deadline", "periodStart", "periodEnd", "grantYear");
  private static final Set<String> DATE_TIME_NAMES = Set.of("startsAt", "endsAt");

  private ExampleBodies() {}

  /** The kind of a property: the schema's type and format, completed by the name's convention. */
  static Kind kind(String name, JsonObject schema) {
    String type = schema.getString("type", "");
    String format = schema.getString("format", "");
    if (format.equals("date") || name.endsWith("On") || name.endsWith("Date") || DATE_NAMES.contains(name)) {
      return name.equals("grantYear") ? Kind.INTEGER : Kind.DATE;
    }
    if (format.equals("date-time") || DATE_TIME_NAMES.contains(name)) {
      return name.equals("now") ? Kind.INSTANT : Kind.DATE_TIME;
    }
    if (name.equals("now")) {
      return Kind.INSTANT;
    }
    return switch (type) {
      case "integer" -> Kind.INTEGER;
      case "number" -> Kind.NUMBER;
      case "boolean" -> Kind.BOOLEAN;
      case "array" -> Kind.ARRAY;
      case "object" -> schema.containsKey("properties") ? Kind.OBJECT : Kind.TEXT;
      case "string" -> schema.containsKey("maxLength") || schema.containsKey("enum") ? Kind.TEXT : Kind.CLOSED_TEXT;
      default -> name.endsWith("Id") || name.equals("programmeArea") || name.equals("year") || name.endsWith("Year")
          ? Kind.INTEGER : Kind.TEXT;
    };
  }

  /** The fields of an object schema, in the schema's order. */
  static Map<String, Field> fields(JsonObject schema, Set<String> required) {
    Map<String, Field> fields = new LinkedHashMap<>();
    JsonObject properties = schema.getJsonObject("properties");
    if (properties != null) {
      for (String name : properties.keySet()) {
        JsonObject property = properties.getJsonObject(name);
        fields.put(name, new Field(name, kind(name, property), property, required.contains(name)));
      }
    }
    return fields;
  }

  /** A value the server should accept for a field (a real id where the caller passes one). */
  static JsonValue example(Field field, Map<String, Long> ids) {
    String name = field.name();
    JsonObject schema = field.schema();
    return switch (field.kind()) {
      case DATE -> Json.createValue(name.equals("validTo") || name.equals("endsOn") || name.equals("periodEnd")
          ? "2027-12-31" : "2026-06-01");
      case DATE_TIME -> Json.createValue(name.equals("endsAt") ? "2027-03-01T11:00" : "2027-03-01T09:00");
      case INSTANT -> Json.createValue("2029-07-01T06:00:00Z");
      case INTEGER, NUMBER -> {
        if (ids.containsKey(name)) {
          yield Json.createValue(ids.get(name));
        }
        long value = schema.containsKey("minimum") ? schema.getJsonNumber("minimum").longValue() : 1;
        if (name.toLowerCase().endsWith("year") && value < 2000) {
          value = 2026;
        }
        yield Json.createValue(Math.max(value, name.toLowerCase().endsWith("year") ? 2026 : value));
      }
      case BOOLEAN -> JsonValue.FALSE;
      case ARRAY -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        JsonObject items = schema.getJsonObject("items");
        if (items != null && items.containsKey("properties")) {
          array.add(object(items, ids));
        } else if (schema.containsKey("minItems")) {
          array.add(text(name, JsonValue.EMPTY_JSON_OBJECT));
        }
        yield array.build();
      }
      case OBJECT -> object(schema, ids);
      case TEXT, CLOSED_TEXT -> Json.createValue(text(name, schema));
    };
  }

  /** An example object: every property the schema names, with its example. */
  static JsonObject object(JsonObject schema, Map<String, Long> ids) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    fields(schema, Set.of()).values().forEach(f -> object.add(f.name(), example(f, ids)));
    return object.build();
  }

  private static String text(String name, JsonObject schema) {
    String lower = name.toLowerCase();
    if (lower.contains("email")) {
      return "bad-input-probe@example.org";
    }
    if (lower.equals("link") || lower.equals("url")) {
      return "https://example.org/bad-input";
    }
    if (lower.contains("organisation")) {
      return "varberg";
    }
    if (lower.equals("amount") || lower.contains("financing")) {
      return "1000";
    }
    String text = "Prov av indata";
    int max = schema.containsKey("maxLength") ? schema.getInt("maxLength") : Integer.MAX_VALUE;
    return text.length() > max ? text.substring(0, max) : text;
  }
}
