package se.samverkan.agreement.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.VersionSummary;

/**
 * The start page's notices: for the region's own staff, agreements that must now be extended or
 * revised; for whoever answers for a party or user organisation, consultations awaiting its answer.
 */
@Named
@RequestScoped
public class AgreementReminderPanel {

  @Inject AgreementService service;

  private List<VersionSummary> expiring;
  private List<VersionSummary> awaitingAnswer;

  public List<VersionSummary> getAwaitingAnswer() {
    if (awaitingAnswer == null) {
      awaitingAnswer = service.consultationsAwaitingAnswer();
    }
    return awaitingAnswer;
  }

  public List<VersionSummary> getExpiring() {
    if (expiring == null) {
      expiring = service.expiringSoon();
    }
    return expiring;
  }
}
