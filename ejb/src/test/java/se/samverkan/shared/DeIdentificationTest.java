package se.samverkan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverkan.shared.DeIdentification.Finding;

class DeIdentificationTest {

  /** Fixed seed: a failure can be repeated. */
  private final Random random = new Random(20261123L);

  /** The forms people write a number in: 12 or 10 digits, with or without '-' or '+'. */
  private static final List<Function<String, String>> FORMS = List.of(
      n -> n.substring(0, 8) + "-" + n.substring(8),
      n -> n,
      n -> n.substring(2, 8) + "-" + n.substring(8),
      n -> n.substring(2),
      n -> n.substring(2, 8) + "+" + n.substring(8),
      n -> n.substring(2, 8) + " " + n.substring(8));

  private static final List<String> SENTENCES = List.of(
      "%s", "Gäller %s.", "Individen (%s) fick vänta", "Se %s, hanterad i eget system");

  @Test
  void refusesEveryFormOfAThousandGeneratedPersonalAndCoordinationNumbers() {
    int refused = 0;
    int missed = 0;
    List<String> examplesMissed = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String number = twelveDigits(i % 2 == 1, true);
      for (Function<String, String> form : FORMS) {
        String text = SENTENCES.get(i % SENTENCES.size()).formatted(form.apply(number));
        if (DeIdentification.find(text).isPresent()) {
          refused++;
        } else {
          missed++;
          if (examplesMissed.size() < 5) {
            examplesMissed.add(text);
          }
        }
      }
    }
    System.out.printf("de-identification guard: %d of %d valid numbers refused, false negatives: %d%n",
        refused, refused + missed, missed);
    assertThat(examplesMissed).as("false negatives").isEmpty();
    assertThat(refused).isEqualTo(1000 * FORMS.size());
  }

  @Test
  void letsAThousandGeneratedNonIdentifyingNumbersThrough() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      texts.add(switch (i % 8) {
        // a reference number shaped like a personal identity number whose check digit is wrong
        case 0, 1, 2 -> notAMobileNumber(FORMS.get(random.nextInt(FORMS.size())).apply(twelveDigits(i % 2 == 0, false)));
        case 3 -> "Händelsen %s".formatted(LocalDate.of(2000, 1, 1).plusDays(random.nextInt(12_000)));
        case 4 -> amount();
        case 5 -> "Avsnitt %d.%d.%d".formatted(1 + random.nextInt(9), 1 + random.nextInt(9), 1 + random.nextInt(9));
        case 6 -> "Dnr RS %d/%04d".formatted(2020 + random.nextInt(8), random.nextInt(10_000));
        default -> "Ärende %d-%04d, %d timmar".formatted(2020 + random.nextInt(8), random.nextInt(10_000), random.nextInt(100));
      });
    }
    List<String> falseAlarms = texts.stream().filter(t -> DeIdentification.find(t).isPresent()).toList();
    System.out.printf("de-identification guard: %d of %d non-identifying texts let through, false positives: %d%n",
        texts.size() - falseAlarms.size(), texts.size(), falseAlarms.size());
    assertThat(falseAlarms).as("false positives").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "070-123 45 67", "Ring 070-1234567 efter lunch", "0701234567", "+46 70 123 45 67", "+46701234567",
      "+46 (0)70 123 45 67", "0046 70 123 45 67", "031-12 34 56", "(031) 12 34 56", "08-123 456 78",
      "0340-12 34 56", "0340 12 34 56", "tel. 035-13 70 00.", "031–12 34 56"})
  void refusesSwedishPhoneNumbers(String text) {
    assertThat(DeIdentification.find(text)).as(text).contains(Finding.PHONE_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"anna.svensson@example.org", "Skriv till x_y+z@kommun.example.se i morgon"})
  void refusesEmailAddresses(String text) {
    assertThat(DeIdentification.find(text)).as(text).contains(Finding.EMAIL_ADDRESS);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2025-07-01", "Mötet 2025-07-01 kl. 13.00", "1 500 000 kr", "1\u00a0500\u00a0000 kr", "12 040 000 000 kr",
      "avsnitt 3.2.1 och 4.1", "Dnr 2025/0123", "121212-1213", "Version 2.0 från 2025", "kl 08.00-16.30",
      "20 % av 0 ärenden", "Överenskommelsen 2025–2029", "@kommunen på sociala medier", "3 av 12 enheter"})
  void raisesNoFalseAlarm(String text) {
    assertThat(DeIdentification.find(text)).as(text).isEmpty();
  }

  @Test
  void namesTheKindOnly() {
    assertThat(DeIdentification.find("Barnet 20121212-1212")).contains(Finding.PERSONAL_IDENTITY_NUMBER);
    assertThat(DeIdentification.find(null)).isEmpty();
    assertThat(DeIdentification.isDeIdentified("Rutinen för SIP följdes inte")).isTrue();
  }

  /**
   * Twelve digits: a date from 1900 to 2025 (day plus 60 for a co-ordination number), three
   * digits and a check digit that is right or, for a reference number, wrong.
   */
  private String twelveDigits(boolean coordination, boolean checkDigitRight) {
    LocalDate date = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
    int day = date.getDayOfMonth() + (coordination ? 60 : 0);
    String nine = "%02d%02d%02d%03d".formatted(date.getYear() % 100, date.getMonthValue(), day, random.nextInt(1000));
    int check = checkDigit(nine);
    if (!checkDigitRight) {
      check = (check + 1 + random.nextInt(9)) % 10;
    }
    return "%02d".formatted(date.getYear() / 100) + nine + check;
  }

  /**
   * A bare run of ten digits starting 070, 072, 073, 076 or 079 is a Swedish mobile number,
   * which identifies a person: it is not part of the non-identifying set.
   */
  private static String notAMobileNumber(String form) {
    return form.matches("07[02369][0-9]{7}") ? "19" + form : form;
  }

  private String amount() {
    int thousands = 1 + random.nextInt(999);
    return switch (random.nextInt(3)) {
      case 0 -> "%d %03d %03d kr".formatted(thousands, random.nextInt(1000), random.nextInt(1000));
      case 1 -> "%d\u00a0%03d kr".formatted(thousands, random.nextInt(1000));
      default -> "%d %03d %03d %03d kronor".formatted(thousands, random.nextInt(1000), random.nextInt(1000), random.nextInt(1000));
    };
  }

  private static int checkDigit(String nine) {
    int sum = 0;
    for (int i = 0; i < nine.length(); i++) {
      int digit = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += digit > 9 ? digit - 9 : digit;
    }
    return (10 - sum % 10) % 10;
  }
}
