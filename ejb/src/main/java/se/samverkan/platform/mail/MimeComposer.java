package se.samverkan.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Turns a mail into the MIME message that will be sent, and back. The message is made once, when
 * the mail is queued, so every attempt sends the same bytes with the same Message-ID (a receiver
 * can tell a repeated delivery); the sender's address is added when it is sent.
 */
final class MimeComposer {

  /** A session for making and reading messages only; sending uses the server's. */
  private static final Session OFFLINE = Session.getInstance(new Properties());

  private MimeComposer() {}

  static byte[] compose(OutgoingMail mail) {
    try {
      MimeMessage message = new MimeMessage(OFFLINE);
      message.setRecipients(Message.RecipientType.TO, addresses(mail));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      if (mail.attachments().isEmpty()) {
        message.setText(mail.text(), StandardCharsets.UTF_8.name());
      } else {
        MimeMultipart parts = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        parts.addBodyPart(text);
        for (Attachment attachment : mail.attachments()) {
          MimeBodyPart file = new MimeBodyPart();
          file.setDataHandler(new DataHandler(
              new ByteArrayDataSource(attachment.content(), attachment.contentType())));
          file.setFileName(attachment.fileName());
          parts.addBodyPart(file);
        }
        message.setContent(parts);
      }
      message.saveChanges();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      message.writeTo(bytes);
      return bytes.toByteArray();
    } catch (MessagingException e) {
      throw new IllegalArgumentException("the mail cannot be made into a MIME message: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The stored message, to be sent through {@code session}. Sending saves a message's changes,
   * which would give it a new Message-ID on every attempt; the stored one is kept instead.
   */
  static MimeMessage read(Session session, byte[] stored) throws MessagingException {
    return new MimeMessage(session, new ByteArrayInputStream(stored)) {
      @Override
      protected void updateMessageID() throws MessagingException {
        if (getHeader("Message-ID") == null) {
          super.updateMessageID();
        }
      }
    };
  }

  private static InternetAddress[] addresses(OutgoingMail mail) {
    InternetAddress[] addresses = new InternetAddress[mail.recipients().size()];
    for (int i = 0; i < addresses.length; i++) {
      String recipient = mail.recipients().get(i);
      try {
        addresses[i] = new InternetAddress(recipient, true);
      } catch (AddressException e) {
        throw new IllegalArgumentException("not an e-mail address: " + recipient, e);
      }
    }
    return addresses;
  }
}
