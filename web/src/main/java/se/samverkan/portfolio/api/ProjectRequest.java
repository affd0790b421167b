package se.samverkan.portfolio.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.samverkan.portfolio.ProjectDetails;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Money;
import se.samverkan.shared.NoPersonalIdentityNumber;

/** A project as the API receives it; amount and dates are text so a wrong one is a field error. */
public class ProjectRequest {

  @NotNull(message = "{portfolio.goalArea.required}")
  private Long goalAreaId;

  @NotBlank(message = "{portfolio.name.required}")
  @Size(max = 300, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String name;

  @NotBlank(message = "{portfolio.owner.required}")
  @Size(max = 200, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String ownerOrganisation;

  @NotBlank(message = "{portfolio.financing.required}")
  @Size(max = 40, message = "{text.max}")
  private String regionalFinancing;

  @NotBlank(message = "{portfolio.startsOn.required}")
  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{portfolio.date.format}")
  private String startsOn;

  @NotBlank(message = "{portfolio.endsOn.required}")
  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{portfolio.date.format}")
  private String endsOn;

  @Size(max = 4000, message = "{text.max}")
  @NoPersonalIdentityNumber
  private String description;

  private Long version;

  public ProjectDetails details() {
    Money financing;
    try {
      financing = Money.parse(regionalFinancing);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("regionalFinancing", e.getMessage().contains("decimals")
          ? "An amount has at most two decimals (öre)" : "'" + regionalFinancing + "' is not an amount in kronor");
    }
    return new ProjectDetails(goalAreaId, name, ownerOrganisation, financing, date("startsOn", startsOn),
        date("endsOn", endsOn), description);
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "'" + text + "' is not a date; write it as yyyy-mm-dd");
    }
  }

  public Long getGoalAreaId() {
    return goalAreaId;
  }

  public void setGoalAreaId(Long goalAreaId) {
    this.goalAreaId = goalAreaId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOwnerOrganisation() {
    return ownerOrganisation;
  }

  public void setOwnerOrganisation(String ownerOrganisation) {
    this.ownerOrganisation = ownerOrganisation;
  }

  public String getRegionalFinancing() {
    return regionalFinancing;
  }

  public void setRegionalFinancing(String regionalFinancing) {
    this.regionalFinancing = regionalFinancing;
  }

  public String getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(String startsOn) {
    this.startsOn = startsOn;
  }

  public String getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(String endsOn) {
    this.endsOn = endsOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
