package se.samverkan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "19121212-1212",
      "121212-1212",
      "121212+1212",
      "191212121212",
      "1212121212",
      "121212 1212",
      "Barnet (121212-1212) behöver stöd",
      "Se 20121212-1212.",
      // a coordination number: day + 60
      "701063-2391",
      // 29 February of a leap year, without the century
      "000229-1235",
  })
  void findsAValidNumberAnywhereInTheText(String text) {
    assertThat(PersonalIdentityNumbers.containsAny(text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "Vi träffas 2026-03-12 kl 13.00",
      "Ärende 2025-1234",
      // check digit wrong
      "121212-1213",
      // no such date
      "121312-1214",
      "19121232-1212",
      // inside a longer run of digits
      "9121212121212",
      "Diarienummer 1212121212345",
      "Antalet ökade från 120 till 1212 under året",
  })
  void leavesOtherTextsAlone(String text) {
    assertThat(PersonalIdentityNumbers.containsAny(text)).as(text).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "Inga siffror alls"})
  void findsNothingInPlainText(String text) {
    assertThat(PersonalIdentityNumbers.find(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void reportsTheNumberAsWritten() {
    assertThat(PersonalIdentityNumbers.find("enligt 19121212-1212 och mer")).contains("19121212-1212");
    assertThat(PersonalIdentityNumbers.containsAny(null)).isFalse();
  }
}
