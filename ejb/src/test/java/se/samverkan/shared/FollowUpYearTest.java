package se.samverkan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FollowUpYearTest {

  @Test
  void acceptsTheYearsOfTheRange() {
    assertThat(new FollowUpYear(2000).value()).isEqualTo(2000);
    assertThat(FollowUpYear.parse(" 2100 ").value()).isEqualTo(2100);
  }

  @Test
  void refusesYearsOutsideTheRangeNamingTheField() {
    for (int year : new int[] {1999, 2101, 0, -2026}) {
      assertThatThrownBy(() -> new FollowUpYear(year))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }
    for (String text : new String[] {"", "tjugo", "2026.5", null}) {
      assertThatThrownBy(() -> FollowUpYear.parse(text))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }
  }

  @Test
  void theCurrentYearIsTheClocksInSweden() {
    // 2025-12-31 23:30 UTC is already 2026 in Sweden
    Clock clock = Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ZoneId.of("Europe/Stockholm"));
    assertThat(FollowUpYear.current(clock)).isEqualTo(new FollowUpYear(2026));
    assertThat(FollowUpYear.current(clock).next()).isEqualTo(new FollowUpYear(2027));
    assertThat(new FollowUpYear(2025)).isLessThan(new FollowUpYear(2026));
  }
}
