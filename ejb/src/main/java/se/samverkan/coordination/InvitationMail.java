package se.samverkan.coordination;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.platform.mail.OutgoingMail;

/**
 * The e-mail that invites a member to a group: in Swedish, with a short English line, saying
 * which group of which party, who invited them, in which role, and where to open it.
 *
 * @param spaceName the name of the party whose group it is, e.g. "Hylte kommun"
 * @param invitedBy the name of the person who sent the invitation
 * @param link the group's page, opened after logging in with the account of this address
 */
public record InvitationMail(
    String memberName,
    String email,
    MemberRole role,
    Optional<LocalDate> periodStart,
    Optional<LocalDate> periodEnd,
    String groupName,
    String spaceName,
    String invitedBy,
    String link) {

  public InvitationMail {
    Objects.requireNonNull(memberName, "memberName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    Objects.requireNonNull(groupName, "groupName");
    Objects.requireNonNull(spaceName, "spaceName");
    Objects.requireNonNull(invitedBy, "invitedBy");
    Objects.requireNonNull(link, "link");
  }

  public OutgoingMail toMail() {
    return OutgoingMail.text(email, subject(), text());
  }

  String subject() {
    return "Inbjudan till " + groupName + ", " + spaceName + " / Invitation to " + groupName;
  }

  String text() {
    StringBuilder text = new StringBuilder();
    text.append("Hej ").append(memberName).append("!\n\n")
        .append(invitedBy).append(" har bjudit in dig till ").append(groupName).append(" i ")
        .append(spaceName).append(" i Samverkan. Din roll i gruppen: ").append(swedish(role))
        .append(".\n");
    period().ifPresent(period -> text.append("Din plats i gruppen gäller ").append(period).append(".\n"));
    text.append("\nÖppna gruppen och logga in med kontot för den här e-postadressen (")
        .append(email).append("):\n")
        .append(link).append("\n\n")
        .append("Du ser bara den här gruppen i ").append(spaceName)
        .append(", och bara så länge du har en plats i den.\n\n")
        .append("In English: ").append(invitedBy).append(" has invited you to ").append(groupName)
        .append(" of ").append(spaceName).append(" in Samverkan as ").append(english(role))
        .append(". Open the link above and log in with the account of this e-mail address.\n\n")
        .append("-- \nSamverkan\n");
    return text.toString();
  }

  private Optional<String> period() {
    if (periodStart.isEmpty() && periodEnd.isEmpty()) {
      return Optional.empty();
    }
    String from = periodStart.map(start -> "från " + start + " ").orElse("");
    String until = periodEnd.map(end -> "till och med " + end).orElse("tills vidare");
    return Optional.of(from + until);
  }

  private static String swedish(MemberRole role) {
    return switch (role) {
      case COORDINATOR -> "samordnare";
      case MEMBER -> "ledamot";
      case CO_OPTED -> "adjungerad";
    };
  }

  private static String english(MemberRole role) {
    return switch (role) {
      case COORDINATOR -> "coordinator";
      case MEMBER -> "member";
      case CO_OPTED -> "co-opted member";
    };
  }
}
