package se.samverkan.coordination.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.Map;
import java.util.ResourceBundle;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupMember;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.coordination.MemberDetails;
import se.samverkan.coordination.MemberRole;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * One group: its members, and for those who manage it the form to add, change or remove one.
 * After a change the browser is redirected (post/redirect/get), so reloading never repeats it.
 */
@Named
@RequestScoped
public class GroupPage {

  static final String FORM = "member-form";
  static final int PAGE_SIZE = 20;

  @Inject CoordinationService coordination;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private long id;
  private int page;
  private GroupSummary group;
  private Page<GroupMember> members;
  private Map<String, String> organisations;

  private Long editingId;
  private Long editingVersion;
  private String name;
  private String email;
  private String organisation;
  private String unit;
  private String mandate;
  private String role = MemberRole.MEMBER.name();

  /**
   * The group comes from the page's address, which its forms post back to as well. Read here
   * rather than through view parameters: the member table is walked while the postback is
   * decoded, before view parameters reach the bean.
   */
  @PostConstruct
  void readAddress() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    id = number(parameters.get("id"));
    page = (int) Math.min(Integer.MAX_VALUE, number(parameters.get("page")));
  }

  private static long number(String text) {
    try {
      return text == null ? 0 : Math.max(0, Long.parseLong(text));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Runs before the page renders: an unknown or hidden group is a 404, like in the API. */
  public void load() throws IOException {
    try {
      group = coordination.group(id);
      if (organisation == null) {
        organisation = currentSpace.get().tenant().value();
      }
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
    }
  }

  public String save() throws IOException {
    MemberRole memberRole = parseRole();
    if (memberRole == null) {
      return null;
    }
    MemberDetails details = new MemberDetails(name, email, organisation, unit, mandate, memberRole);
    if (!validation.validate(details, FORM)) {
      return null;
    }
    try {
      if (editingId == null) {
        coordination.addMember(id, details);
        return done("member.added");
      }
      coordination.changeMember(id, editingId, details, editingVersion == null ? -1 : editingVersion);
      return done("member.changed");
    } catch (InvalidInputException e) {
      validation.fieldError(FORM, e.field(), text("member.organisation.unknown"));
    } catch (StaleVersionException | OptimisticLockException e) {
      globalError("member.conflict");
    } catch (AccessDeniedException e) {
      globalError("member.forbidden");
    } catch (NotFoundException e) {
      globalError("member.gone");
    }
    return null;
  }

  public String edit(long memberId) {
    try {
      GroupMember member = coordination.member(id, memberId);
      MemberDetails details = member.details();
      editingId = member.id();
      editingVersion = member.version();
      name = details.name();
      email = details.email();
      organisation = details.organisation();
      unit = details.unit();
      mandate = details.mandate();
      role = details.role().name();
    } catch (NotFoundException e) {
      globalError("member.gone");
    }
    return null;
  }

  public String remove(long memberId, long version) throws IOException {
    try {
      coordination.removeMember(id, memberId, version);
      return done("member.removed");
    } catch (StaleVersionException | OptimisticLockException e) {
      globalError("member.conflict");
    } catch (AccessDeniedException e) {
      globalError("member.forbidden");
    } catch (NotFoundException e) {
      globalError("member.gone");
    }
    return null;
  }

  public String cancel() throws IOException {
    redirectToSelf();
    return null;
  }

  public boolean isCanManage() {
    return currentSpace.get().canManageMembersOf(id);
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public GroupSummary getGroup() {
    return group;
  }

  public Page<GroupMember> getMembers() {
    if (members == null) {
      members = coordination.members(id, new PageRequest(page, PAGE_SIZE));
    }
    return members;
  }

  public Map<String, String> getOrganisations() {
    if (organisations == null) {
      organisations = coordination.organisations();
    }
    return organisations;
  }

  public String organisationName(String organisationId) {
    return getOrganisations().getOrDefault(organisationId, organisationId);
  }

  public MemberRole[] getRoles() {
    return MemberRole.values();
  }

  private MemberRole parseRole() {
    try {
      return MemberRole.valueOf(role);
    } catch (IllegalArgumentException | NullPointerException e) {
      validation.fieldError(FORM, "role", text("member.role.required"));
      return null;
    }
  }

  private String done(String messageKey) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    String message = text(messageKey);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    faces.getExternalContext().getFlash().setKeepMessages(true);
    redirectToSelf();
    return null;
  }

  private void redirectToSelf() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/app/" + currentSpace.get().tenant().value()
        + "/group?id=" + id + (page > 0 ? "&page=" + page : ""));
  }

  private void globalError(String key) {
    String message = text(key);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.getString(key);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }

  public Long getEditingId() {
    return editingId;
  }

  public void setEditingId(Long editingId) {
    this.editingId = editingId;
  }

  public Long getEditingVersion() {
    return editingVersion;
  }

  public void setEditingVersion(Long editingVersion) {
    this.editingVersion = editingVersion;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getMandate() {
    return mandate;
  }

  public void setMandate(String mandate) {
    this.mandate = mandate;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
