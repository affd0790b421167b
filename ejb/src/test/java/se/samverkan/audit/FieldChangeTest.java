package se.samverkan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

  @Test
  void readsBeforeAndAfterOfEveryField() {
    assertThat(FieldChange.of("{\"name\": {\"before\": \"SSGB\", \"after\": \"SSGB Väst\"},"
            + " \"ends_on\": {\"before\": null, \"after\": \"2027-06-30\"}, \"seats\": {\"after\": 4}}"))
        .containsExactly(
            new FieldChange("ends_on", Optional.empty(), Optional.of("2027-06-30")),
            new FieldChange("name", Optional.of("SSGB"), Optional.of("SSGB Väst")),
            new FieldChange("seats", Optional.empty(), Optional.of("4")));
  }

  @Test
  void aReadHasNoFields() {
    assertThat(FieldChange.of("{}")).isEmpty();
  }
}
