package se.samverkan.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeComposerTest {

  private final Session session = Session.getInstance(properties());

  @Test
  void aTextMailKeepsItsSwedishLettersAndRecipients() throws Exception {
    OutgoingMail mail = new OutgoingMail(
        List.of("anna@example.org", "bo@example.org"), "Inbjudan till SSGV Hylte – välkommen",
        "Hej Åsa!\nVälkommen till gruppen.\n", List.of());

    MimeMessage message = MimeComposer.read(session, MimeComposer.compose(mail));

    assertThat(message.getSubject()).isEqualTo("Inbjudan till SSGV Hylte – välkommen");
    assertThat(message.getRecipients(Message.RecipientType.TO))
        .extracting(a -> ((InternetAddress) a).getAddress())
        .containsExactly("anna@example.org", "bo@example.org");
    assertThat(message.isMimeType("text/plain")).isTrue();
    assertThat(((String) message.getContent()).replace("\r\n", "\n")).isEqualTo("Hej Åsa!\nVälkommen till gruppen.\n");
  }

  @Test
  void attachmentsTravelAsFilesBesideTheText() throws Exception {
    String ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
    OutgoingMail mail = OutgoingMail.text("anna@example.org", "Kallelse", "Se bifogad kallelse.")
        .with(Attachment.calendar("möte.ics", "REQUEST", ics))
        .with(new Attachment("protokoll.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}));

    MimeMessage message = MimeComposer.read(session, MimeComposer.compose(mail));

    Multipart parts = (Multipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(3);
    assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Se bifogad kallelse.");
    Part calendar = parts.getBodyPart(1);
    assertThat(calendar.getFileName()).isEqualTo("möte.ics");
    assertThat(calendar.isMimeType("text/calendar")).isTrue();
    assertThat(calendar.getContentType()).contains("method=REQUEST");
    assertThat(new String(bytes(calendar), StandardCharsets.UTF_8)).isEqualTo(ics);
    Part pdf = parts.getBodyPart(2);
    assertThat(pdf.getFileName()).isEqualTo("protokoll.pdf");
    assertThat(bytes(pdf)).containsExactly('%', 'P', 'D', 'F', 0, 1, 2);
  }

  @Test
  void everyAttemptSendsTheSameMessageId() throws Exception {
    byte[] stored = MimeComposer.compose(OutgoingMail.text("anna@example.org", "Ämne", "Text"));
    MimeMessage first = MimeComposer.read(session, stored);
    String id = first.getMessageID();
    first.setFrom();
    first.saveChanges();
    MimeMessage second = MimeComposer.read(session, stored);
    second.saveChanges();

    assertThat(id).isNotBlank();
    assertThat(first.getMessageID()).isEqualTo(id);
    assertThat(second.getMessageID()).isEqualTo(id);
    assertThat(((InternetAddress) first.getFrom()[0]).getAddress()).isEqualTo("samverkan@example.org");
  }

  @Test
  void aRecipientThatIsNoAddressIsRefused() {
    assertThatThrownBy(() -> MimeComposer.compose(OutgoingMail.text("anna at example.org", "Ämne", "Text")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("anna at example.org");
  }

  private static byte[] bytes(Part part) throws Exception {
    try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  private static Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("mail.from", "samverkan@example.org");
    return properties;
  }
}
