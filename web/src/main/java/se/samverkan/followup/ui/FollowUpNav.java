package se.samverkan.followup.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverkan.followup.ReviewService;

/** Which follow-up page the space's navigation leads to: RUG's dashboard, or the groups' reports. */
@Named
@RequestScoped
public class FollowUpNav {

  @Inject ReviewService review;

  private Boolean rug;

  public boolean isRug() {
    if (rug == null) {
      rug = review.isRug();
    }
    return rug;
  }

  public String getPage() {
    return isRug() ? "followup-dashboard" : "followup";
  }
}
