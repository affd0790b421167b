package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.List;
import se.samverkan.platform.mail.OutgoingMail;

/** The mail that tells a party its answer to a consultation is still missing: Swedish, then English. */
public record DeadlineMail(String title, int number, LocalDate deadline, String link) {

  public OutgoingMail to(List<String> recipients) {
    String text = "Remissen om \"" + title + "\" (version " + number + ") ska besvaras senast " + deadline
        + ", och ert svar har inte lämnats in ännu.\n\n"
        + link + "\n\n"
        + "The consultation on \"" + title + "\" (version " + number + ") closes on " + deadline
        + ", and your answer has not been submitted yet.\n";
    return new OutgoingMail(recipients, "Remissvar saknas: " + title, text, List.of());
  }
}
