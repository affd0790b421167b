package se.samverkan.plan.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import se.samverkan.plan.PlanActivity;
import se.samverkan.plan.PlanService;
import se.samverkan.plan.PlanSheet;
import se.samverkan.plan.api.ActivityRequest;
import se.samverkan.plan.api.CostRequest;
import se.samverkan.plan.api.FinancingRequest;
import se.samverkan.plan.api.GoalRequest;
import se.samverkan.plan.economy.CostRow;
import se.samverkan.plan.economy.EconomyService;
import se.samverkan.plan.economy.FinancingRow;
import se.samverkan.plan.economy.FinancingSource;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Money;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * One plan: goals with their activities, joint initiatives, and per year the costs, the financing,
 * the balance and the invoice basis per principal. Those who keep the plan add goals, activities,
 * costs and financing with the API's request classes, and adopt it once every year balances.
 */
@Named
@RequestScoped
public class PlanPage {

  static final String GOAL_FORM = "goal-form";
  static final String ACTIVITY_FORM = "activity-form";
  static final String COST_FORM = "cost-form";
  static final String FINANCING_FORM = "financing-form";

  @Inject PlanService plans;
  @Inject EconomyService economy;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private long id;
  private PlanSheet sheet;
  private final GoalRequest goalForm = new GoalRequest();
  private final ActivityRequest activityForm = new ActivityRequest();
  private final CostRequest costForm = new CostRequest();
  private final FinancingRequest financingForm = new FinancingRequest();

  @PostConstruct
  void readAddress() {
    id = Pages.number("id");
  }

  /** Runs before the page renders: an unknown or hidden plan is a 404, like in the API. */
  public void load() throws IOException {
    try {
      getSheet();
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    }
  }

  public String addGoal() throws IOException {
    if (!validation.validate(goalForm, GOAL_FORM)) {
      return null;
    }
    return attempt(GOAL_FORM, () -> {
      plans.addGoal(id, goalForm.getNumber(), goalForm.getTitle(), goalForm.getDescription());
      return "plan.goal.added";
    });
  }

  public String addActivity() throws IOException {
    if (!validation.validate(activityForm, ACTIVITY_FORM)) {
      return null;
    }
    return attempt(ACTIVITY_FORM, () -> {
      plans.addActivity(id, activityForm.details());
      return "plan.activity.added";
    });
  }

  public String addCost() throws IOException {
    if (!validation.validate(costForm, COST_FORM)) {
      return null;
    }
    return attempt(COST_FORM, () -> {
      economy.addCost(id, costForm.details());
      return "plan.cost.added";
    });
  }

  public String addFinancing() throws IOException {
    if (!validation.validate(financingForm, FINANCING_FORM)) {
      return null;
    }
    return attempt(FINANCING_FORM, () -> {
      economy.addFinancing(id, financingForm.details());
      return "plan.financing.added";
    });
  }

  public String adopt(long version) throws IOException {
    return attempt(null, () -> {
      plans.adopt(id, version);
      return "plan.adopted";
    });
  }

  public String reopen(long version) throws IOException {
    return attempt(null, () -> {
      plans.reopen(id, version);
      return "plan.reopened";
    });
  }

  /** Runs a change; on success says so on the next page, else tells why beside the form or on top. */
  private String attempt(String form, Pages.Change change) throws IOException {
    try {
      Pages.doneThenGo(change.run(), currentSpace.get().tenant().value(), "plan?id=" + id);
    } catch (InvalidInputException e) {
      if (form == null) {
        Pages.error("plan.invalid");
      } else {
        validation.fieldError(form, e.field(), e.getMessage());
      }
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("plan.conflict");
    } catch (ConflictException e) {
      Pages.error(e.getMessage().contains("differ") ? "plan.unbalanced" : "plan.adoptedAlready");
    } catch (AccessDeniedException e) {
      Pages.error("plan.forbidden");
    } catch (NotFoundException e) {
      Pages.error("plan.gone");
    }
    return null;
  }

  public PlanSheet getSheet() {
    if (sheet == null) {
      sheet = plans.plan(id);
    }
    return sheet;
  }

  public long getId() {
    return id;
  }

  public boolean isEditable() {
    return getSheet().plan().editable();
  }

  public boolean isDraft() {
    return getSheet().plan().status() == se.samverkan.plan.PlanStatus.DRAFT;
  }

  public List<Integer> getYears() {
    return IntStream.rangeClosed(getSheet().plan().fromYear(), getSheet().plan().toYear()).boxed().toList();
  }

  public List<CostRow> costsOf(int year) {
    return getSheet().costs().stream().filter(c -> c.year() == year).toList();
  }

  public List<FinancingRow> financingOf(int year) {
    return getSheet().financing().stream().filter(f -> f.year() == year).toList();
  }

  /** The invoice basis of a year as a list of (name, amount), for the table. */
  public List<Map.Entry<String, Money>> invoicesOf(int year) {
    return getSheet().balances().stream().filter(b -> b.year() == year).findFirst()
        .map(b -> b.invoiceBasis().entrySet().stream()
            .map(e -> Map.entry(getSheet().principals().getOrDefault(e.getKey(), e.getKey()), e.getValue()))
            .toList())
        .orElse(List.of());
  }

  public String activityNumber(PlanActivity activity) {
    return getSheet().numberOf(activity);
  }

  public String activityLabel(long activityId) {
    return getSheet().activities().stream().filter(a -> a.id() == activityId).findFirst()
        .map(a -> getSheet().numberOf(a)).orElse("");
  }

  public FinancingSource[] getSources() {
    return FinancingSource.values();
  }

  public GoalRequest getGoalForm() {
    return goalForm;
  }

  public ActivityRequest getActivityForm() {
    return activityForm;
  }

  public CostRequest getCostForm() {
    return costForm;
  }

  public FinancingRequest getFinancingForm() {
    return financingForm;
  }
}
