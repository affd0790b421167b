package se.samverkan.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Collection;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.JsonP;

/**
 * What a JSON body must be before it is read into a request class, found by the bad-input suite:
 * valid UTF-8 (the JSON reader would otherwise replace broken bytes with U+FFFD and store the
 * damaged text as if it had been sent), and an object where the operation takes an object (JSON-B
 * reads {@code [{…}]} into a class as if it were {@code {…}}), and numbers that fit: JSON-B
 * narrows a number to a {@code Long} bit by bit, so {@code 1e308} arrives as 0 and {@code 2^63} as
 * a negative number, and a bad version could even match a real one.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

  private static final BigDecimal LONGEST = BigDecimal.valueOf(Long.MAX_VALUE);

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !type.getSubtype().endsWith("json")) {
      return context.proceed();
    }
    byte[] bytes = context.getInputStream().readAllBytes();
    CharBuffer text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("body", "The request body is not valid UTF-8");
    }
    if (takesObject(context.getType()) && startsWith(text, '[')) {
      throw new InvalidInputException("body", "The request body must be a JSON object");
    }
    refuseNumbersThatDoNotFit(text.toString());
    context.setInputStream(new ByteArrayInputStream(bytes));
    return context.proceed();
  }

  /** A number written with an exponent, or a whole number beyond 64 bits, names its property. */
  private static void refuseNumbersThatDoNotFit(String text) {
    String property = "body";
    try (JsonParser parser = JsonP.PROVIDER.createParser(new StringReader(text))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.KEY_NAME) {
          property = parser.getString();
        } else if (event == JsonParser.Event.VALUE_NUMBER) {
          String number = parser.getString();
          boolean exponent = number.indexOf('e') >= 0 || number.indexOf('E') >= 0;
          boolean tooBig = parser.isIntegralNumber() && parser.getBigDecimal().abs().compareTo(LONGEST) > 0;
          if (exponent || tooBig) {
            throw new InvalidInputException(property, "'" + property + "' is not a number this field can take");
          }
        }
      }
    } catch (JsonException | IllegalStateException notJson) {
      // not JSON at all: the JSON reader refuses it, naming the body
    }
  }

  private static boolean takesObject(Class<?> type) {
    return !type.isArray() && !Collection.class.isAssignableFrom(type) && !type.getName().startsWith("jakarta.json");
  }

  private static boolean startsWith(CharBuffer text, char first) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == first;
      }
    }
    return false;
  }
}
