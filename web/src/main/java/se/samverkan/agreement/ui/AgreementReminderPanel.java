package se.samverkan.agreement.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.VersionSummary;

/** The start page's notice, for the region's own staff, of agreements that must now be extended or revised. */
@Named
@RequestScoped
public class AgreementReminderPanel {

  @Inject AgreementService service;

  private List<VersionSummary> expiring;

  public List<VersionSummary> getExpiring() {
    if (expiring == null) {
      expiring = service.expiringSoon();
    }
    return expiring;
  }
}
