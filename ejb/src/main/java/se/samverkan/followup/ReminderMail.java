package se.samverkan.followup;

import java.time.LocalDate;
import java.util.List;
import se.samverkan.platform.mail.OutgoingMail;

/** The mail that reminds a group's coordinators of the year's follow-up: Swedish, then English. */
public record ReminderMail(String groupName, int year, LocalDate deadline, boolean afterDeadline, String link) {

  public OutgoingMail to(List<String> recipients) {
    String text = afterDeadline
        ? "Uppföljningen " + year + " för " + groupName + " skulle ha lämnats in senast " + deadline
            + ", och den har inte lämnats in ännu.\n\n" + link + "\n\n"
            + "The " + year + " follow-up of " + groupName + " was due on " + deadline
            + ", and it has not been submitted yet.\n"
        : "Uppföljningen " + year + " för " + groupName + " ska lämnas in senast " + deadline + ".\n\n"
            + link + "\n\n"
            + "The " + year + " follow-up of " + groupName + " is due on " + deadline + ".\n";
    String subject = (afterDeadline ? "Uppföljning försenad: " : "Påminnelse om uppföljning: ")
        + groupName + " " + year;
    return new OutgoingMail(recipients, subject, text, List.of());
  }
}
