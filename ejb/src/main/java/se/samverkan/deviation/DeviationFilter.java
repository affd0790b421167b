package se.samverkan.deviation;

import java.util.Optional;
import se.samverkan.shared.FollowUpYear;

/** Which of a group's deviations to list: any combination, none means all. */
public record DeviationFilter(
    Optional<DeviationStatus> status, Optional<DeviationCategory> category, Optional<FollowUpYear> year) {

  public static DeviationFilter all() {
    return new DeviationFilter(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
