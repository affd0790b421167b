package se.samverkan.platform.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a mail again after a failed attempt: soon at first (a mail server restarting), then
 * less and less often, and after {@link #MAX_ATTEMPTS} never: the mail is marked failed and an
 * operator can see why.
 */
final class RetryPolicy {

  static final int MAX_ATTEMPTS = 8;
  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration LONGEST_WAIT = Duration.ofHours(2);

  private RetryPolicy() {}

  /**
   * @param attempts how many attempts have failed, this one included
   * @return when to try next, or empty when the mail has had its attempts
   */
  static Optional<Instant> nextAttempt(int attempts, Instant failedAt) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts counts the failed one: " + attempts);
    }
    if (attempts >= MAX_ATTEMPTS) {
      return Optional.empty();
    }
    // 30 s, 1 min, 2 min, 4 min, … doubled up to the longest wait
    Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 20));
    return Optional.of(failedAt.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
  }
}
