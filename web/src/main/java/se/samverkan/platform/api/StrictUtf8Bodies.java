package se.samverkan.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import se.samverkan.shared.InvalidInputException;

/**
 * A JSON body must be valid UTF-8. The JSON reader would otherwise replace broken bytes with
 * U+FFFD and store the damaged text as if it had been sent: a client's encoding error would pass
 * silently into the data.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type != null && type.getSubtype().endsWith("json")) {
      byte[] bytes = context.getInputStream().readAllBytes();
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
      } catch (CharacterCodingException e) {
        throw new InvalidInputException("body", "The request body is not valid UTF-8");
      }
      context.setInputStream(new ByteArrayInputStream(bytes));
    }
    return context.proceed();
  }
}
