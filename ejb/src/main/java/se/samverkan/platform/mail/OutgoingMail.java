package se.samverkan.platform.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A mail to send: plain text, in the product's languages (Swedish first), to one or more
 * recipients, with files attached if any. The sender is the server's: its mail session's address.
 */
public record OutgoingMail(List<String> recipients, String subject, String text, List<Attachment> attachments) {

  public OutgoingMail {
    recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments"));
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("a mail needs a recipient");
    }
    if (subject.isBlank()) {
      throw new IllegalArgumentException("a mail needs a subject");
    }
  }

  /** A text mail to one recipient. */
  public static OutgoingMail text(String recipient, String subject, String text) {
    return new OutgoingMail(List.of(recipient), subject, text, List.of());
  }

  /** The same mail with one more file attached. */
  public OutgoingMail with(Attachment attachment) {
    List<Attachment> more = new ArrayList<>(attachments);
    more.add(attachment);
    return new OutgoingMail(recipients, subject, text, more);
  }
}
