package se.samverkan.portfolio;

import java.time.LocalDate;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Money;

/** What a project is: goal area, name, owner organisation, regional financing, period, description. */
public record ProjectDetails(
    long goalAreaId, String name, String ownerOrganisation, Money regionalFinancing, LocalDate startsOn,
    LocalDate endsOn, String description) {

  public ProjectDetails {
    if (regionalFinancing.isNegative()) {
      throw new InvalidInputException("regionalFinancing", "An amount cannot be negative");
    }
    if (endsOn.isBefore(startsOn)) {
      throw new InvalidInputException("endsOn", "The project cannot end before it starts");
    }
    name = name.strip();
    ownerOrganisation = ownerOrganisation.strip();
    description = description == null || description.isBlank() ? null : description.strip();
  }
}
