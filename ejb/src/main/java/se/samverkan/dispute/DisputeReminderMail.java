package se.samverkan.dispute;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.samverkan.platform.mail.OutgoingMail;

/**
 * The reminder to the people of a dispute's step whose deadline has passed: in Swedish with an
 * English line, naming the group, the step and its deadline, and where to open the dispute. The
 * question itself stays in the product.
 */
public record DisputeReminderMail(
    List<String> recipients, String groupName, String spaceName, int position, String stepName, LocalDate deadline,
    String link) {

  public DisputeReminderMail {
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(groupName, "groupName");
    Objects.requireNonNull(spaceName, "spaceName");
    Objects.requireNonNull(stepName, "stepName");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(link, "link");
  }

  public OutgoingMail toMail() {
    return new OutgoingMail(recipients, subject(), text(), List.of());
  }

  String subject() {
    return "Påminnelse: tvist i " + groupName + " har passerat tidsfristen / Reminder: dispute past its deadline";
  }

  String text() {
    return "Hej!\n\n"
        + "En tvist i " + groupName + " (" + spaceName + ") ligger hos er i steg " + position + ", " + stepName
        + ". Tidsfristen var " + deadline + " och har passerat.\n"
        + "Kom överens om utfallet, eller lyft frågan till nästa steg i linjen:\n"
        + link + "\n\n"
        + "In English: a dispute of " + groupName + " is with you at step " + position + " (" + stepName
        + "); its deadline " + deadline + " has passed. Agree on the outcome or raise it to the next step.\n\n"
        + "-- \nSamverkan\n";
  }
}
