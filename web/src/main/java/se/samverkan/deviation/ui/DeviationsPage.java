package se.samverkan.deviation.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.deviation.Deviation;
import se.samverkan.deviation.DeviationCategory;
import se.samverkan.deviation.DeviationFilter;
import se.samverkan.deviation.DeviationService;
import se.samverkan.deviation.DeviationStatus;
import se.samverkan.deviation.api.DeviationRequest;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Messages;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.tenancy.CurrentSpace;

/**
 * A group's deviations with filters, and the form to bring one. The form is the API's
 * {@link DeviationRequest}, checked by the same rules (the de-identification guard's messages
 * beside the fields); after bringing one the browser goes to it (post/redirect/get).
 */
@Named
@RequestScoped
public class DeviationsPage {

  static final String FORM = "bring-form";
  static final int PAGE_SIZE = 10;

  @Inject DeviationService deviations;
  @Inject CoordinationService coordination;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;
  @Inject Clock clock;

  private long groupId;
  private int page;
  private String status;
  private String category;
  private String year;
  private GroupSummary group;
  private Page<Deviation> list;
  private final DeviationRequest form = new DeviationRequest();

  @PostConstruct
  void readAddress() {
    groupId = Pages.number("group");
    page = (int) Math.min(Integer.MAX_VALUE, Pages.number("page"));
    status = blankToNull(Pages.parameter("status"));
    category = blankToNull(Pages.parameter("category"));
    year = blankToNull(Pages.parameter("year"));
  }

  /** A hidden group is 404; a filter that is not one is 400. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      getGroup();
      getList();
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    } catch (InvalidInputException | IllegalArgumentException e) {
      faces.getExternalContext().responseSendError(400, "unknown filter");
      faces.responseComplete();
    }
  }

  public String bring() throws IOException {
    if (!validation.validate(form, FORM)) {
      return null;
    }
    try {
      Deviation brought = deviations.bring(groupId, form.report());
      Pages.doneThenGo("deviation.brought", currentSpace.get().tenant().value(),
          "deviation?group=" + groupId + "&id=" + brought.id());
    } catch (InvalidInputException e) {
      if ("occurredOn".equals(e.field())) {
        validation.fieldError(FORM, "occurredOn", Messages.text("deviation.occurredOn.future"));
      } else {
        Pages.error("deviation.invalid");
      }
    } catch (AccessDeniedException e) {
      Pages.error("deviation.forbidden");
    } catch (NotFoundException e) {
      Pages.error("deviation.gone");
    }
    return null;
  }

  public GroupSummary getGroup() {
    if (group == null) {
      group = coordination.group(groupId);
    }
    return group;
  }

  public Page<Deviation> getList() {
    if (list == null) {
      DeviationFilter filter = new DeviationFilter(
          Optional.ofNullable(status).map(DeviationStatus::valueOf),
          Optional.ofNullable(category).map(DeviationCategory::valueOf),
          Optional.ofNullable(year).map(FollowUpYear::parse));
      list = deviations.deviations(groupId, filter, new PageRequest(page, PAGE_SIZE));
    }
    return list;
  }

  public boolean isCanBring() {
    return deviations.canBring(groupId);
  }

  public DeviationRequest getForm() {
    return form;
  }

  public List<String> getStatuses() {
    return List.of(DeviationStatus.values()).stream().map(Enum::name).toList();
  }

  public List<String> getCategories() {
    return List.of(DeviationCategory.values()).stream().map(Enum::name).toList();
  }

  public List<String> getTargetGroups() {
    return List.of(TargetGroup.values()).stream().map(Enum::name).toList();
  }

  public long getGroupId() {
    return groupId;
  }

  public String getStatus() {
    return status;
  }

  public String getCategory() {
    return category;
  }

  public String getYear() {
    return year;
  }

  public int getCurrentYear() {
    return FollowUpYear.current(clock).value();
  }

  /** The list's address with the filters, for the pager. */
  public String getFilterQuery() {
    return "group=" + groupId + (status == null ? "" : "&status=" + status)
        + (category == null ? "" : "&category=" + category) + (year == null ? "" : "&year=" + year);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
