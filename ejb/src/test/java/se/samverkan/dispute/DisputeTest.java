package se.samverkan.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.shared.ConflictException;

class DisputeTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private static Dispute opened() {
    return new Dispute(7, new DisputeCase("Fråga", "Parter", "3.6"), LadderStep.AGREEMENT, "Ledamot", NOW);
  }

  @Test
  void climbsTheLadderStepByStepAtMostToItsLastStep() {
    Dispute dispute = opened();
    assertThat(dispute.firstStep().name()).isEqualTo("Närmaste chefer med mandat");
    assertThat(dispute.escalate().name()).isEqualTo("Avdelningschefer");
    assertThat(dispute.escalate().name()).isEqualTo("Förvaltningschefer");
    assertThat(dispute.currentStep()).isEqualTo(3);
    assertThatThrownBy(dispute::escalate).isInstanceOf(ConflictException.class);
  }

  @Test
  void aResolvedDisputeMovesNoMore() {
    Dispute dispute = opened();
    dispute.resolve(" Enighet ", NOW);
    assertThat(dispute.status()).isEqualTo(DisputeStatus.RESOLVED);
    assertThat(dispute.outcome()).contains("Enighet");
    assertThatThrownBy(dispute::escalate).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> dispute.resolve("Igen", NOW)).isInstanceOf(ConflictException.class);
  }

  @Test
  void aStepIsOverdueAfterItsDeadlineUntilItEndsAndIsRemindedOnce() {
    DisputeStep step = new DisputeStep(1, 1, new LadderStep("Chefer", 14), List.of(new StepPerson("Chef", "chef@example.org")),
        NOW, LocalDate.of(2026, 3, 1));
    assertThat(step.deadline()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(step.isOverdue(LocalDate.of(2026, 3, 15))).isFalse();
    assertThat(step.isOverdue(LocalDate.of(2026, 3, 16))).isTrue();
    step.reminded(NOW);
    assertThatThrownBy(() -> step.reminded(NOW)).isInstanceOf(IllegalStateException.class);
    step.end("Enighet", NOW);
    assertThat(step.isOverdue(LocalDate.of(2026, 4, 1))).isFalse();
  }

  @Test
  void laddersAndPeopleSurviveTheirColumns() {
    List<LadderStep> steps = List.of(new LadderStep("Enhetschefer \"A\"", 7), new LadderStep("Förvaltningschefer", 30));
    assertThat(JsonLists.steps(JsonLists.steps(steps))).isEqualTo(steps);
    List<StepPerson> people = List.of(new StepPerson("Chef Ett", "chef.ett@example.org"));
    assertThat(JsonLists.people(JsonLists.people(people))).isEqualTo(people);
    assertThat(JsonLists.people("")).isEmpty();
  }
}
