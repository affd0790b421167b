package se.samverkan.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final Instant FAILED = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void waitsLongerAfterEveryFailedAttempt() {
    assertThat(RetryPolicy.nextAttempt(1, FAILED)).contains(FAILED.plusSeconds(30));
    assertThat(RetryPolicy.nextAttempt(2, FAILED)).contains(FAILED.plusSeconds(60));
    assertThat(RetryPolicy.nextAttempt(3, FAILED)).contains(FAILED.plusSeconds(120));
    assertThat(RetryPolicy.nextAttempt(6, FAILED)).contains(FAILED.plusSeconds(960));
  }

  @Test
  void neverWaitsLongerThanTheLongestWait() {
    assertThat(RetryPolicy.nextAttempt(RetryPolicy.MAX_ATTEMPTS - 1, FAILED))
        .hasValueSatisfying(next -> assertThat(Duration.between(FAILED, next))
            .isLessThanOrEqualTo(RetryPolicy.LONGEST_WAIT));
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    assertThat(RetryPolicy.nextAttempt(RetryPolicy.MAX_ATTEMPTS, FAILED)).isEmpty();
    assertThat(RetryPolicy.nextAttempt(RetryPolicy.MAX_ATTEMPTS + 5, FAILED)).isEmpty();
  }

  @Test
  void countsTheFailedAttempt() {
    assertThatThrownBy(() -> RetryPolicy.nextAttempt(0, FAILED)).isInstanceOf(IllegalArgumentException.class);
  }
}
