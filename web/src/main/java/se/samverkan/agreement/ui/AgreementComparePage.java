package se.samverkan.agreement.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.agreement.Comparison;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.NotFoundException;

/**
 * Two versions side by side ({@code ?id=&from=&to=}): section by section, what was added, changed
 * or removed, with the changed words marked (as {@code del}/{@code ins}, which screen readers
 * announce), and the editors' own summary.
 */
@Named
@RequestScoped
public class AgreementComparePage {

  @Inject AgreementService service;

  private long id;
  private int from;
  private int to;
  private AgreementSummary agreement;
  private Comparison comparison;

  @PostConstruct
  void readAddress() {
    id = Pages.number("id");
    from = (int) Math.min(Integer.MAX_VALUE, Pages.number("from"));
    to = (int) Math.min(Integer.MAX_VALUE, Pages.number("to"));
  }

  public void load() throws IOException {
    try {
      agreement = service.agreement(id);
      if (to == 0) {
        to = agreement.latest().map(v -> v.number()).orElse(1);
      }
      if (from == 0) {
        from = Math.max(1, to - 1);
      }
      comparison = service.compare(id, from, to);
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    }
  }

  public AgreementSummary getAgreement() {
    return agreement;
  }

  public Comparison getComparison() {
    return comparison;
  }

  public long getId() {
    return id;
  }

  public int getFrom() {
    return from;
  }

  public int getTo() {
    return to;
  }
}
