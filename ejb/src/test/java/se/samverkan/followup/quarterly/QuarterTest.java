package se.samverkan.followup.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.shared.InvalidInputException;

class QuarterTest {

  @Test
  void parsesWritesAndOrders() {
    assertThat(Quarter.parse("2025-Q3")).isEqualTo(new Quarter(2025, 3));
    assertThat(Quarter.parse(" 2025q1 ")).hasToString("2025-Q1");
    List<Quarter> quarters = new ArrayList<>(List.of(Quarter.parse("2025-Q1"), Quarter.parse("2024-Q4"),
        Quarter.parse("2025-Q2")));
    Collections.sort(quarters);
    assertThat(quarters).extracting(Quarter::toString).containsExactly("2024-Q4", "2025-Q1", "2025-Q2");
  }

  @Test
  void refusesWhatIsNoQuarter() {
    for (String text : List.of("2025-Q5", "2025-Q0", "25-Q1", "2025", "Q3-2025", "")) {
      assertThatThrownBy(() -> Quarter.parse(text)).as(text).isInstanceOf(InvalidInputException.class);
    }
    assertThatThrownBy(() -> Quarter.parse(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Quarter.parse("1999-Q4")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void countsAcrossYears() {
    assertThat(Quarter.parse("2024-Q4").next()).hasToString("2025-Q1");
    assertThat(Quarter.parse("2025-Q1").plus(-1)).hasToString("2024-Q4");
    assertThat(Quarter.parse("2023-Q1").plus(11)).hasToString("2025-Q4");
    assertThat(Quarter.parse("2023-Q1").until(Quarter.parse("2025-Q4"))).isEqualTo(11);
    assertThat(Quarter.of(LocalDate.of(2026, 11, 23))).hasToString("2026-Q4");
    assertThat(Quarter.of(LocalDate.of(2026, 3, 31))).hasToString("2026-Q1");
  }
}
