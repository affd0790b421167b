package se.samverkan.plan;

import se.samverkan.shared.InvalidInputException;

/** What a plan is: its programme area, title, summary and the years it covers. */
public record PlanDetails(long programmeAreaId, String title, String summary, int fromYear, int toYear) {

  public PlanDetails {
    if (toYear < fromYear) {
      throw new InvalidInputException("toYear", "The last year cannot come before the first year");
    }
    if (toYear - fromYear >= 10) {
      throw new InvalidInputException("toYear", "A plan covers at most ten years");
    }
    title = title.strip();
    summary = summary == null || summary.isBlank() ? null : summary.strip();
  }
}
