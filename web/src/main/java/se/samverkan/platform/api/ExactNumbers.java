package se.samverkan.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * JSON-B as the API reads bodies, with whole numbers read exactly. By default a JSON number is
 * narrowed to a {@code Long} or an {@code Integer} bit by bit: {@code 1e308} arrives as 0 and
 * {@code 2^63} as a negative number, so a bad version could even match a real one (found by the
 * bad-input suite). Here a number that is not whole or does not fit is refused; JSON-B names the
 * property in the error, which the problem detail passes on.
 */
@Provider
public class ExactNumbers implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
      .withDeserializers(new ExactLong(), new ExactInteger()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  static BigDecimal number(JsonParser parser) {
    JsonParser.Event event = parser.currentEvent();
    try {
      return event == JsonParser.Event.VALUE_STRING ? new BigDecimal(parser.getString().strip()) : parser.getBigDecimal();
    } catch (NumberFormatException | IllegalStateException e) {
      throw new JsonbException("not a number");
    }
  }

  static final class ExactLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      try {
        return number(parser).toBigIntegerExact().longValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException("not a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
      }
    }
  }

  static final class ExactInteger implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      try {
        return number(parser).toBigIntegerExact().intValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException("not a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
      }
    }
  }
}
