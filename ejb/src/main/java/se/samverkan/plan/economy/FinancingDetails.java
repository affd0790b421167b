package se.samverkan.plan.economy;

import java.util.Optional;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Money;

/**
 * A financing row: the year, the activity (if any), the source (a state grant names its year),
 * the amount and a comment.
 */
public record FinancingDetails(
    int year, Optional<Long> activityId, FinancingSource source, Optional<Integer> grantYear, Money amount,
    String comment) {

  public FinancingDetails {
    if (amount.isNegative()) {
      throw new InvalidInputException("amount", "An amount cannot be negative");
    }
    if (source == FinancingSource.STATE_GRANT && grantYear.isEmpty()) {
      throw new InvalidInputException("grantYear", "A state grant names the year it was granted for");
    }
    if (source != FinancingSource.STATE_GRANT && grantYear.isPresent()) {
      throw new InvalidInputException("grantYear", "Only a state grant has a grant year");
    }
    if (source == FinancingSource.NO_COST && !amount.isZero()) {
      throw new InvalidInputException("amount", "A row without cost has the amount 0");
    }
    comment = comment == null || comment.isBlank() ? null : comment.strip();
  }
}
