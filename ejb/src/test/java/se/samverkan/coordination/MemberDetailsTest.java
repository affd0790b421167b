package se.samverkan.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

class MemberDetailsTest {

  @Test
  void trimsTextAndTreatsABlankEmailAsNone() {
    MemberDetails details =
        new MemberDetails("  Ebba Lindqvist ", "  ", " kungsbacka ", " Enhet ", " Mandat ",
            MemberRole.MEMBER, null, null);

    assertThat(details.name()).isEqualTo("Ebba Lindqvist");
    assertThat(details.email()).isNull();
    assertThat(details.organisation()).isEqualTo("kungsbacka");
  }

  @Test
  void aPeriodMayNotEndBeforeItStarts() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    MemberDetails backwards = new MemberDetails("A B", null, "kungsbacka", "U", "M", MemberRole.MEMBER,
        start, start.minusDays(1));

    assertThatThrownBy(backwards::requireOrderedPeriod).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("periodEnd");
    new MemberDetails("A B", null, "kungsbacka", "U", "M", MemberRole.MEMBER, start, start)
        .requireOrderedPeriod();
    new MemberDetails("A B", null, "kungsbacka", "U", "M", MemberRole.MEMBER, null, start)
        .requireOrderedPeriod();
  }

  @Test
  void pagesAreBoundedAndKnowTheirNeighbours() {
    assertThatThrownBy(() -> new PageRequest(-1, 20)).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("page");
    assertThatThrownBy(() -> new PageRequest(0, 101)).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("size");

    Page<String> middle = new Page<>(java.util.List.of("b"), 1, 1, 3);
    assertThat(middle.hasPrevious()).isTrue();
    assertThat(middle.hasNext()).isTrue();
    assertThat(middle.pageCount()).isEqualTo(3);
    assertThat(new Page<>(java.util.List.of(), 0, 20, 0).pageCount()).isEqualTo(1);
  }
}
