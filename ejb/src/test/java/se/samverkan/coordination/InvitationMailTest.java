package se.samverkan.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.platform.mail.OutgoingMail;

class InvitationMailTest {

  private static final String LINK = "https://samverkan.example.org/app/hylte/group?id=42";

  @Test
  void saysWhichGroupOfWhichPartyByWhomInWhichRoleAndWhere() {
    OutgoingMail mail = invitation(MemberRole.MEMBER, Optional.empty(), Optional.empty()).toMail();

    assertThat(mail.recipients()).containsExactly("lena.exempel@example.org");
    assertThat(mail.subject()).isEqualTo("Inbjudan till SSGV Hylte, Hylte kommun / Invitation to SSGV Hylte");
    assertThat(mail.attachments()).isEmpty();
    assertThat(mail.text())
        .startsWith("Hej Lena Exempel!\n")
        .contains("Karin Testare har bjudit in dig till SSGV Hylte i Hylte kommun i Samverkan.")
        .contains("Din roll i gruppen: ledamot.")
        .contains("logga in med kontot för den här e-postadressen (lena.exempel@example.org)")
        .contains("\n" + LINK + "\n")
        .contains("In English: Karin Testare has invited you to SSGV Hylte of Hylte kommun in Samverkan as member.")
        .doesNotContain("gäller");
  }

  @Test
  void namesTheSeatsPeriodWhenThereIsOne() {
    assertThat(invitation(MemberRole.CO_OPTED, Optional.of(LocalDate.of(2027, 1, 1)),
            Optional.of(LocalDate.of(2027, 6, 30))).toMail().text())
        .contains("Din roll i gruppen: adjungerad.")
        .contains("Din plats i gruppen gäller från 2027-01-01 till och med 2027-06-30.")
        .contains("as co-opted member.");
    assertThat(invitation(MemberRole.COORDINATOR, Optional.of(LocalDate.of(2027, 1, 1)), Optional.empty())
            .toMail().text())
        .contains("Din plats i gruppen gäller från 2027-01-01 tills vidare.")
        .contains("as coordinator.");
  }

  private static InvitationMail invitation(
      MemberRole role, Optional<LocalDate> start, Optional<LocalDate> end) {
    return new InvitationMail("Lena Exempel", "lena.exempel@example.org", role, start, end,
        "SSGV Hylte", "Hylte kommun", "Karin Testare", LINK);
  }
}
