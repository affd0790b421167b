package se.samverkan.coordination.ui;

import static se.samverkan.platform.ui.Messages.textOr;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupMember;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.coordination.MemberRole;
import se.samverkan.coordination.GroupStatus;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.coordination.api.GroupRequest;
import se.samverkan.coordination.api.MemberRequest;
import se.samverkan.platform.Clocks;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * One group: its members, and for those who manage it the form to add, change or remove one.
 * The form is the API's {@link MemberRequest}, checked by the same rules. After a change the
 * browser is redirected (post/redirect/get), so reloading never repeats it.
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

  static final String GROUP_FORM = "group-edit-form";

  private GroupRequest groupForm;
  private Long editingId;
  private MemberRequest form = new MemberRequest();

  /**
   * The group comes from the page's address, which its forms post back to as well. Read here
   * rather than through view parameters: the member table is walked while the postback is
   * decoded, before view parameters reach the bean.
   */
  @PostConstruct
  void readAddress() {
    id = Pages.number("id");
    page = (int) Math.min(Integer.MAX_VALUE, Pages.number("page"));
    form.setRole(MemberRole.MEMBER.name());
  }

  /** Runs before the page renders: an unknown or hidden group is a 404, like in the API. */
  public void load() throws IOException {
    try {
      getGroup();
      if (form.getOrganisation() == null) {
        form.setOrganisation(currentSpace.get().tenant().value());
      }
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
    }
  }

  public String save() throws IOException {
    if (!validation.validate(form, FORM)) {
      return null;
    }
    return attempt(() -> {
      if (editingId == null) {
        coordination.addMember(id, form.details());
        return "member.added";
      }
      long version = form.getVersion() == null ? -1 : form.getVersion();
      coordination.changeMember(id, editingId, form.details(), version);
      return "member.changed";
    });
  }

  public String edit(long memberId) throws IOException {
    try {
      GroupMember member = coordination.member(id, memberId);
      editingId = member.id();
      form = MemberRequest.of(member.details(), member.version());
    } catch (NotFoundException e) {
      Pages.error("member.gone");
    }
    return null;
  }

  public String remove(long memberId, long version) throws IOException {
    return attempt(() -> {
      coordination.removeMember(id, memberId, version);
      return "member.removed";
    });
  }

  /** Sends the member the invitation to the group again. */
  public String invite(long memberId) throws IOException {
    return attempt(() -> {
      coordination.invite(id, memberId);
      return "invitation.sent";
    });
  }

  /** The Swedish day the member was last invited, or null if never. */
  public LocalDate invitedOn(GroupMember member) {
    return member.invitedAt().map(at -> LocalDate.ofInstant(at, Clocks.SWEDEN)).orElse(null);
  }

  public String cancel() throws IOException {
    Pages.go(currentSpace.get().tenant().value(), selfPath());
    return null;
  }

  /** Runs a change; on success says so on the next page, else tells why beside the form. */
  private String attempt(Pages.Change change) throws IOException {
    try {
      Pages.doneThenGo(change.run(), currentSpace.get().tenant().value(), selfPath());
    } catch (InvalidInputException e) {
      validation.fieldError(FORM, e.field(), textOr("invalid." + e.field(), e.getMessage()));
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("member.conflict");
    } catch (AccessDeniedException e) {
      Pages.error("member.forbidden");
    } catch (NotFoundException e) {
      Pages.error("member.gone");
    }
    return null;
  }

  /** Saves the group's name, purpose, target groups and status (its keepers only). */
  public String saveGroup() throws IOException {
    GroupRequest changed = getGroupForm();
    if (!validation.validate(changed, GROUP_FORM)) {
      return null;
    }
    try {
      coordination.changeGroup(id, changed.details(), changed.getVersion() == null ? -1 : changed.getVersion());
      Pages.doneThenGo("group.changed", currentSpace.get().tenant().value(), "group?id=" + id);
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("group.conflict");
    } catch (AccessDeniedException e) {
      Pages.error("group.forbidden");
    }
    return null;
  }

  /** The group form, filled with what is recorded (a postback then sets what was submitted). */
  public GroupRequest getGroupForm() {
    if (groupForm == null) {
      GroupSummary current = getGroup();
      groupForm = new GroupRequest();
      groupForm.setName(current.name());
      groupForm.setPurpose(current.details().purpose());
      groupForm.setTargetGroups(current.details().targetGroups().stream().map(Enum::name).toList());
      groupForm.setStatus(current.details().status().name());
      groupForm.setVersion(current.version());
    }
    return groupForm;
  }

  public boolean isCanKeepGroups() {
    return currentSpace.get().canKeepGroups();
  }

  public TargetGroup[] getTargetGroups() {
    return TargetGroup.values();
  }

  public GroupStatus[] getStatuses() {
    return GroupStatus.values();
  }

  public boolean isCanManage() {
    return currentSpace.get().canLeadGroup(id);
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public GroupSummary getGroup() {
    if (group == null) {
      group = coordination.group(id);
    }
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

  public MemberRequest getForm() {
    return form;
  }

  public long getId() {
    return id;
  }

  public int getPage() {
    return page;
  }

  public Long getEditingId() {
    return editingId;
  }

  public void setEditingId(Long editingId) {
    this.editingId = editingId;
  }

  /** This page's address within the space, which its forms come back to. */
  private String selfPath() {
    return "group?id=" + id + (page > 0 ? "&page=" + page : "");
  }

}
