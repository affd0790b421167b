package se.samverkan.coordination.ui;

import static se.samverkan.platform.ui.Messages.text;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.coordination.api.GroupRequest;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.tenancy.CurrentSpace;

/**
 * The space's coordination groups, a page at a time, and for its administrators and coordinators
 * the form to add a group of their own (the API's {@link GroupRequest}, checked by the same rules).
 */
@Named
@RequestScoped
public class GroupsPage {

  static final int PAGE_SIZE = 20;
  static final String FORM = "group-form";

  @Inject CoordinationService coordination;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private int page;
  private Page<GroupSummary> groups;
  private final GroupRequest form = new GroupRequest();

  public String create() throws IOException {
    if (!validation.validate(form, FORM)) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      GroupSummary group = coordination.createGroup(form.details());
      String done = text("group.added");
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
      ExternalContext external = faces.getExternalContext();
      external.getFlash().setKeepMessages(true);
      external.redirect(external.getRequestContextPath() + "/app/"
          + currentSpace.get().tenant().value() + "/group?id=" + group.id());
    } catch (InvalidInputException e) {
      validation.fieldError(FORM, e.field(), e.getMessage());
    } catch (AccessDeniedException e) {
      String refused = text("group.forbidden");
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused, refused));
    }
    return null;
  }

  public boolean isCanKeepGroups() {
    return currentSpace.get().canKeepGroups();
  }

  public TargetGroup[] getTargetGroups() {
    return TargetGroup.values();
  }

  public GroupRequest getForm() {
    return form;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }

  public Page<GroupSummary> getGroups() {
    if (groups == null) {
      groups = coordination.groups(new PageRequest(page, PAGE_SIZE));
    }
    return groups;
  }
}
