package se.samverkan.portfolio.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A strategic goal area of the portfolio. */
public class GoalAreaRequest {

  @NotBlank(message = "{portfolio.goalArea.name.required}")
  @Size(max = 300, message = "{text.max}")
  private String name;


  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
