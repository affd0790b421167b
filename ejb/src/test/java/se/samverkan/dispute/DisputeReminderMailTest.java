package se.samverkan.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.platform.mail.OutgoingMail;

class DisputeReminderMailTest {

  @Test
  void namesTheGroupStepAndDeadlineAndLinksToTheDisputeWithoutItsQuestion() {
    OutgoingMail mail = new DisputeReminderMail(List.of("chef.ett@example.org", "chef.tva@example.org"), "SSGB Laholm",
        "Laholms kommun", 2, "Avdelningschefer", LocalDate.of(2026, 3, 15),
        "https://samverkan.example.org/app/laholm/dispute?group=3&id=9").toMail();
    assertThat(mail.recipients()).containsExactly("chef.ett@example.org", "chef.tva@example.org");
    assertThat(mail.subject()).startsWith("Påminnelse").contains("SSGB Laholm").contains("Reminder");
    assertThat(mail.text()).contains("steg 2, Avdelningschefer").contains("2026-03-15")
        .contains("https://samverkan.example.org/app/laholm/dispute?group=3&id=9").contains("In English");
  }
}
