package se.samverkan.platform.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with a mail, e.g. a meeting's calendar entry or its minutes.
 *
 * @param contentType the MIME type with its parameters, e.g. {@code application/pdf}
 */
public record Attachment(String fileName, String contentType, byte[] content) {

  public Attachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
    if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
      throw new IllegalArgumentException("not a file name: " + fileName);
    }
    content = content.clone();
  }

  /**
   * A calendar entry (RFC 5545) that mail programs offer to add to the calendar. {@code method}
   * is the iTIP method the entry's METHOD line says: REQUEST for a notice, CANCEL for a
   * cancellation.
   */
  public static Attachment calendar(String fileName, String method, String ics) {
    return new Attachment(fileName, "text/calendar; charset=UTF-8; method=" + method,
        ics.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attachment a && fileName.equals(a.fileName)
        && contentType.equals(a.contentType) && Arrays.equals(content, a.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, contentType, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
  }
}
