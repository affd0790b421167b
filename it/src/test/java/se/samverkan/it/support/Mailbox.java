package se.samverkan.it.support;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The test stack's local mailbox (GreenMail, started by deploy/samverkan): every mail the
 * application sent, read through the mailbox's web API and parsed with Jakarta Mail. The mailbox
 * is shared by all tests of a run, so a test looks for its own mails (by address and subject)
 * rather than counting everything.
 */
public final class Mailbox {

  private static final Session PARSING = Session.getInstance(new Properties());

  private final Stack stack;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public Mailbox(Stack stack) {
    this.stack = stack;
  }

  /** A mail as received: who it came from and went to, its subject, text and files. */
  public record Mail(String from, List<String> to, String subject, String text, List<String> fileNames,
      String messageId) {}

  /** Every mail the address has received so far, oldest first. */
  public List<Mail> to(String address) {
    URI uri = URI.create(stack.mailboxUrl() + "/api/user/"
        + URLEncoder.encode(address, StandardCharsets.UTF_8).replace("%40", "@") + "/messages/");
    HttpResponse<String> response;
    try {
      response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
          .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach the mailbox at " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if ((response.statusCode() == 400 || response.statusCode() == 404) && response.body().contains("not found")) {
      return List.of(); // no mail yet: the mailbox makes the address when its first mail comes
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException("the mailbox answered " + response.statusCode() + ": " + response.body());
    }
    List<Mail> mails = new ArrayList<>();
    for (JsonObject stored : Json.objects(Json.array(response.body()))) {
      mails.add(parse(stored.getString("mimeMessage")));
    }
    return mails;
  }

  /** The address's mails that match, once there are at least {@code count} of them (or fails). */
  public List<Mail> await(String address, Predicate<Mail> matching, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Mail> found;
    do {
      found = to(address).stream().filter(matching).toList();
      if (found.size() >= count) {
        return found;
      }
      sleep();
    } while (System.nanoTime() < deadline);
    throw new AssertionError("after " + timeout.toSeconds() + " s " + address + " has " + found.size()
        + " matching mails, expected " + count + "; all its mails: " + to(address));
  }

  private static Mail parse(String raw) {
    try {
      MimeMessage message = new MimeMessage(PARSING,
          new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
      List<String> to = new ArrayList<>();
      for (var address : message.getAllRecipients()) {
        to.add(((InternetAddress) address).getAddress());
      }
      List<String> files = new ArrayList<>();
      String text;
      if (message.getContent() instanceof Multipart parts) {
        text = (String) parts.getBodyPart(0).getContent();
        for (int i = 1; i < parts.getCount(); i++) {
          BodyPart part = parts.getBodyPart(i);
          files.add(part.getFileName());
        }
      } else {
        text = (String) message.getContent();
      }
      String from = message.getFrom() == null ? null : ((InternetAddress) message.getFrom()[0]).getAddress();
      return new Mail(from, to, message.getSubject(), text.replace("\r\n", "\n"), files,
          message.getMessageID());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("the mailbox holds a mail that is not a MIME message: " + raw, e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
