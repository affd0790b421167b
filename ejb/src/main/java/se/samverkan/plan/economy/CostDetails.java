package se.samverkan.plan.economy;

import java.util.Optional;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Money;

/** A cost row: the year, the activity it belongs to (if any), its type, amount and comment. */
public record CostDetails(int year, Optional<Long> activityId, String costType, Money amount, String comment) {

  public CostDetails {
    if (amount.isNegative()) {
      throw new InvalidInputException("amount", "An amount cannot be negative");
    }
    costType = costType.strip();
    comment = comment == null || comment.isBlank() ? null : comment.strip();
  }
}
