package se.samverkan.agreement.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.agreement.SearchHit;
import se.samverkan.agreement.api.AgreementRequest;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * The area's agreements with their versions, a search in their text ({@code ?q=}), and for the
 * region's secretariat and RUG the form that starts a new agreement (the API's request, checked by
 * the same rules).
 */
@Named
@RequestScoped
public class AgreementsPage {

  static final String FORM = "agreement-form";

  @Inject AgreementService service;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private String query;
  private List<AgreementSummary> agreements;
  private List<SearchHit> hits;
  private final AgreementRequest form = new AgreementRequest();

  @PostConstruct
  void readAddress() {
    String q = Pages.parameter("q");
    query = q == null || q.isBlank() ? null : q.strip();
  }

  public String create() throws IOException {
    if (!validation.validate(form, FORM)) {
      return null;
    }
    try {
      if (form.getTitle() == null || form.getTitle().isBlank()) {
        throw new InvalidInputException("title", se.samverkan.platform.ui.Messages.text("agreement.title.required"));
      }
      AgreementSummary created = service.create(form.getTitle(), form.versionDetails());
      Pages.doneThenGo("agreement.created", currentSpace.get().tenant().value(),
          "agreement?id=" + created.id() + "&v=1");
    } catch (InvalidInputException e) {
      validation.fieldError(FORM, e.field(), e.getMessage());
    } catch (AccessDeniedException e) {
      Pages.error("agreement.forbidden");
    }
    return null;
  }

  public List<AgreementSummary> getAgreements() {
    if (agreements == null) {
      agreements = service.agreements();
    }
    return agreements;
  }

  public List<SearchHit> getHits() {
    if (hits == null) {
      hits = query == null ? List.of() : service.search(query);
    }
    return hits;
  }

  public boolean isSearched() {
    return query != null;
  }

  public String getQuery() {
    return query;
  }

  public boolean isCanEdit() {
    return service.canEdit();
  }

  public AgreementRequest getForm() {
    return form;
  }
}
