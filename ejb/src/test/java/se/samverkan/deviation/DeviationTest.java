package se.samverkan.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.shared.ConflictException;

class DeviationTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private static Deviation brought() {
    return new Deviation(7, "varberg", new DeviationReport(LocalDate.of(2026, 2, 20), "Mottagningen",
        TargetGroup.CHILDREN, "4.1", DeviationCategory.OTHER, "Beskrivning", "Åtgärder"), "Ledamot", NOW);
  }

  @Test
  void movesOnlyForwardFromBroughtToAnalysedToClosed() {
    Deviation deviation = brought();
    assertThatThrownBy(() -> deviation.close("Samordnare", NOW)).isInstanceOf(ConflictException.class);
    deviation.analyse(3, " Analys ", Conclusion.LOCAL_IMPROVEMENT, "Samordnare", NOW);
    assertThat(deviation.status()).isEqualTo(DeviationStatus.ANALYSED);
    assertThat(deviation.analysis()).contains("Analys");
    assertThatThrownBy(() -> deviation.analyse(3, "Igen", Conclusion.RAISE_TO_RUG, "Samordnare", NOW))
        .isInstanceOf(ConflictException.class);
    deviation.close("Samordnare", NOW);
    assertThat(deviation.status()).isEqualTo(DeviationStatus.CLOSED);
    assertThatThrownBy(() -> deviation.close("Samordnare", NOW)).isInstanceOf(ConflictException.class);
  }

  @Test
  void isRaisedToRugOnlyWhenTheGroupConcludedSoAndOnlyOnce() {
    Deviation local = brought();
    assertThatThrownBy(() -> local.raiseToRug("Sammanfattning", "Samordnare", NOW)).isInstanceOf(ConflictException.class);
    local.analyse(3, "Analys", Conclusion.LOCAL_IMPROVEMENT, "Samordnare", NOW);
    assertThatThrownBy(() -> local.raiseToRug("Sammanfattning", "Samordnare", NOW)).isInstanceOf(ConflictException.class);

    Deviation regional = brought();
    regional.analyse(3, "Analys", Conclusion.RAISE_TO_RUG, "Samordnare", NOW);
    regional.raiseToRug("Sammanfattning", "Samordnare", NOW);
    assertThat(regional.isRaised()).isTrue();
    assertThat(regional.raisedBy()).contains("Samordnare");
    assertThatThrownBy(() -> regional.raiseToRug("Igen", "Samordnare", NOW)).isInstanceOf(ConflictException.class);
  }
}
