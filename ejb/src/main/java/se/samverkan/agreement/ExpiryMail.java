package se.samverkan.agreement;

import java.time.LocalDate;
import se.samverkan.platform.mail.OutgoingMail;

/** The mail that tells RUG a version in force must be extended or revised: Swedish, then English. */
public record ExpiryMail(String title, int number, LocalDate validTo, String link) {

  public OutgoingMail to(String recipient) {
    String text = "Överenskommelsen \"" + title + "\" (version " + number + ") gäller till och med " + validTo
        + ".\nDen ska förlängas eller revideras senast sex månader innan den löper ut, alltså nu.\n\n"
        + link + "\n\n"
        + "The agreement \"" + title + "\" (version " + number + ") is valid until " + validTo
        + ". It must be extended or revised no later than six months before it expires, that is now.\n";
    return OutgoingMail.text(recipient, "Förläng eller revidera: " + title, text);
  }
}
