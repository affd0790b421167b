package se.samverkan.plan.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import se.samverkan.plan.PlanService;
import se.samverkan.plan.PlanSummary;
import se.samverkan.plan.ProgrammeArea;
import se.samverkan.plan.api.PlanRequest;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.tenancy.CurrentSpace;

/**
 * The plans of the space, a page at a time (the area's, and in a municipality its own), with the
 * form to start one for those who keep the space's plans (the API's {@link PlanRequest}).
 */
@Named
@RequestScoped
public class PlansPage {

  static final int PAGE_SIZE = 20;
  static final String FORM = "plan-form";

  @Inject PlanService service;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private int page;
  private Page<PlanSummary> plans;
  private List<ProgrammeArea> programmeAreas;
  private final PlanRequest form = new PlanRequest();

  @PostConstruct
  void readAddress() {
    page = (int) Math.min(Integer.MAX_VALUE, Pages.number("page"));
  }

  public String create() throws IOException {
    if (!validation.validate(form, FORM)) {
      return null;
    }
    try {
      PlanSummary created = service.create(form.details());
      Pages.doneThenGo("plan.created", currentSpace.get().tenant().value(), "plan?id=" + created.id());
    } catch (InvalidInputException e) {
      validation.fieldError(FORM, e.field(), e.getMessage());
    } catch (AccessDeniedException e) {
      Pages.error("plan.forbidden");
    }
    return null;
  }

  public Page<PlanSummary> getPlans() {
    if (plans == null) {
      plans = service.plans(new PageRequest(page, PAGE_SIZE));
    }
    return plans;
  }

  public List<ProgrammeArea> getProgrammeAreas() {
    if (programmeAreas == null) {
      programmeAreas = service.programmeAreas();
    }
    return programmeAreas;
  }

  public boolean isCanCreate() {
    return service.canCreate();
  }

  public PlanRequest getForm() {
    return form;
  }
}
