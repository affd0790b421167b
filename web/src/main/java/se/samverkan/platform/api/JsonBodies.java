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
import java.util.Collection;
import se.samverkan.shared.InvalidInputException;

/**
 * What a JSON body must be before it is read into a request class, found by the bad-input suite:
 * valid UTF-8 (the JSON reader would otherwise replace broken bytes with U+FFFD and store the
 * damaged text as if it had been sent), and an object where the operation takes an object (JSON-B
 * reads {@code [{…}]} into a class as if it were {@code {…}}).
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

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
    context.setInputStream(new ByteArrayInputStream(bytes));
    return context.proceed();
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
