package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VersionStatusTest {

  private static final LocalDate FROM = LocalDate.of(2025, 7, 1);
  private static final LocalDate TO = LocalDate.of(2029, 12, 31);

  @Test
  void inForceOnlyWhenEveryPartyDecidedAndTheStartIsReached() {
    assertThat(VersionStatus.of(Stage.DECISION, false, FROM, TO, FROM.plusDays(1), false))
        .isEqualTo(VersionStatus.DECISION);
    assertThat(VersionStatus.of(Stage.DECISION, true, FROM, TO, FROM.minusDays(1), false))
        .isEqualTo(VersionStatus.DECISION);
    assertThat(VersionStatus.of(Stage.DECISION, true, FROM, TO, FROM, false)).isEqualTo(VersionStatus.IN_FORCE);
    assertThat(VersionStatus.of(Stage.DECISION, true, FROM, TO, TO.plusDays(1), false))
        .isEqualTo(VersionStatus.EXPIRED);
  }

  @Test
  void aVersionThatTookEffectIsReplacedByANewerOneThatDid() {
    assertThat(VersionStatus.of(Stage.DECISION, true, FROM, TO, FROM, true)).isEqualTo(VersionStatus.REPLACED);
    assertThat(VersionStatus.of(Stage.CONSULTATION, false, FROM, TO, FROM, true))
        .isEqualTo(VersionStatus.CONSULTATION);
  }
}
