package se.samverkan.followup.quarterly.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import se.samverkan.followup.quarterly.Definition;
import se.samverkan.followup.quarterly.IndicatorSummary;
import se.samverkan.followup.quarterly.QuarterlyIndicatorService;
import se.samverkan.followup.quarterly.UploadOutcome;
import se.samverkan.followup.quarterly.api.DefinitionRequest;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Messages;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.tenancy.CurrentSpace;

/**
 * The area's quarterly indicators with the latest quarter's figures, the plain upload form for
 * those who report their party's figures (its outcome shown beside the field) and, for RUG, the
 * form that defines a new indicator.
 */
@Named
@RequestScoped
public class QuarterlyIndicatorsPage {

  static final String FORM = "definition-form";
  static final int PAGE_SIZE = 10;

  @Inject QuarterlyIndicatorService indicators;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private int page;
  private Page<IndicatorSummary> list;
  private UploadOutcome outcome;
  private final DefinitionRequest form = new DefinitionRequest();

  @PostConstruct
  void readAddress() {
    page = (int) Math.min(Integer.MAX_VALUE, Pages.number("page"));
    Object session = FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    if (session instanceof HttpSession http && http.getAttribute(QuarterlyUploadServlet.OUTCOME) != null) {
      outcome = (UploadOutcome) http.getAttribute(QuarterlyUploadServlet.OUTCOME);
      http.removeAttribute(QuarterlyUploadServlet.OUTCOME);
    }
    form.setUnit("PERCENT");
    form.setBetter("LOWER");
    form.setReportedBy("MUNICIPALITIES");
  }

  public String create() throws IOException {
    if (!validation.validate(form, FORM)) {
      return null;
    }
    try {
      Definition created = indicators.create(form.details());
      Pages.doneThenGo("quarterly.created", currentSpace.get().tenant().value(),
          "quarterly-indicator?id=" + created.id());
    } catch (InvalidInputException e) {
      validation.fieldError(FORM, e.field(), Figures.fieldMessage(e));
    } catch (AccessDeniedException e) {
      Pages.error("quarterly.forbidden");
    }
    return null;
  }

  public Page<IndicatorSummary> getIndicators() {
    if (list == null) {
      list = indicators.overview(new PageRequest(page, PAGE_SIZE));
    }
    return list;
  }

  public String name(Definition definition) {
    return definition.name(Figures.locale());
  }

  public String format(BigDecimal value) {
    return Figures.format(value);
  }

  public boolean isCanReport() {
    return indicators.canReport();
  }

  public boolean isCanKeep() {
    return indicators.canKeepDefinitions();
  }

  public boolean isUploadRejected() {
    return outcome != null && outcome.isRejected();
  }

  public boolean isUploadImported() {
    return outcome != null && !outcome.isRejected();
  }

  public List<String> getUploadProblems() {
    return outcome == null ? List.of() : Figures.problems(outcome.problems());
  }

  public String getUploadSummary() {
    return outcome == null ? "" : MessageFormat.format(Messages.text("quarterly.upload.imported"),
        outcome.added(), outcome.changed(), outcome.unchanged());
  }

  public DefinitionRequest getForm() {
    return form;
  }
}
