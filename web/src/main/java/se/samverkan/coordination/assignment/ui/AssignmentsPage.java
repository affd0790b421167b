package se.samverkan.coordination.assignment.ui;

import static se.samverkan.platform.ui.Messages.text;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.coordination.assignment.AreaGroup;
import se.samverkan.coordination.assignment.AssignmentService;
import se.samverkan.coordination.assignment.AssignmentSummary;
import se.samverkan.coordination.assignment.api.AssignmentRequest;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.tenancy.CurrentSpace;

/**
 * The assignments of the space, a page at a time: RUG's own in the region's space, with the form
 * to give one (the API's {@link AssignmentRequest}, checked by the same rules); in a municipality
 * those given to its groups.
 */
@Named
@RequestScoped
public class AssignmentsPage {

  static final int PAGE_SIZE = 20;
  static final String FORM = "assignment-form";

  @Inject AssignmentService service;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private int page;
  private Page<AssignmentSummary> assignments;
  private final Map<Long, List<AreaGroup>> groups = new HashMap<>();
  private List<AreaGroup> areaGroups;
  private final AssignmentRequest form = new AssignmentRequest();

  public String create() throws IOException {
    if (!validation.validate(form, FORM)) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      AssignmentSummary created = service.create(form.details());
      String done = text("assignment.created");
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
      ExternalContext external = faces.getExternalContext();
      external.getFlash().setKeepMessages(true);
      external.redirect(external.getRequestContextPath() + "/app/"
          + currentSpace.get().tenant().value() + "/assignment?id=" + created.id());
    } catch (InvalidInputException e) {
      validation.fieldError(FORM, e.field(), e.getMessage());
    } catch (AccessDeniedException e) {
      String refused = text("assignment.forbidden");
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused, refused));
    }
    return null;
  }

  public boolean isRug() {
    return service.isRug();
  }

  public Page<AssignmentSummary> getAssignments() {
    if (assignments == null) {
      try {
        assignments = service.assignments(new PageRequest(page, PAGE_SIZE));
      } catch (AccessDeniedException e) {
        // the region's other staff: the region's assignments are RUG's
        assignments = Page.of(List.of(), new PageRequest(0, PAGE_SIZE), 0);
      }
    }
    return assignments;
  }

  /** The groups an assignment is given to (in a municipality: its own the caller sees). */
  public List<AreaGroup> groupsOf(long assignmentId) {
    return groups.computeIfAbsent(assignmentId, service::groups);
  }

  public List<AreaGroup> getAreaGroups() {
    if (areaGroups == null) {
      areaGroups = service.areaGroups();
    }
    return areaGroups;
  }

  public AssignmentRequest getForm() {
    return form;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }
}
