package se.samverkan.dispute.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.dispute.Dispute;
import se.samverkan.dispute.DisputeRecord;
import se.samverkan.dispute.DisputeService;
import se.samverkan.dispute.DisputeStatus;
import se.samverkan.dispute.Ladder;
import se.samverkan.dispute.api.DisputeRequest;
import se.samverkan.dispute.api.LadderRequest;
import se.samverkan.dispute.api.PersonRequest;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.tenancy.CurrentSpace;

/** A group's disputes and the form to open one at the first step of the municipality's ladder. */
@Named
@RequestScoped
public class DisputesPage {

  static final String FORM = "open-form";
  static final String LADDER_FORM = "ladder-form";
  static final int PAGE_SIZE = 10;

  @Inject DisputeService disputes;
  @Inject CoordinationService coordination;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private long groupId;
  private int page;
  private String status;
  private GroupSummary group;
  private Page<Dispute> list;
  private Ladder ladder;
  private final DisputeRequest form = new DisputeRequest();
  private LadderRequest ladderForm;

  @PostConstruct
  void readAddress() {
    groupId = Pages.number("group");
    page = (int) Math.min(Integer.MAX_VALUE, Pages.number("page"));
    String s = Pages.parameter("status");
    status = s == null || s.isBlank() ? null : s.strip();
    form.setPeople(PeopleRows.empty());
  }

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      getGroup();
      getList();
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    } catch (IllegalArgumentException e) {
      faces.getExternalContext().responseSendError(400, "unknown status");
      faces.responseComplete();
    }
  }

  public String open() throws IOException {
    List<PersonRequest> rows = form.getPeople();
    form.setPeople(PeopleRows.filled(rows));
    boolean valid = validation.validate(form, FORM);
    form.setPeople(rows);
    if (!valid) {
      return null;
    }
    try {
      DisputeRecord opened = disputes.open(groupId, form.about(), PeopleRows.filled(rows).stream()
          .map(p -> new se.samverkan.dispute.StepPerson(p.getName().strip(), p.getEmail().strip())).toList());
      Pages.doneThenGo("dispute.opened", currentSpace.get().tenant().value(),
          "dispute?group=" + groupId + "&id=" + opened.dispute().id());
    } catch (InvalidInputException e) {
      Pages.error("dispute.invalid");
    } catch (AccessDeniedException e) {
      Pages.error("dispute.forbidden");
    } catch (NotFoundException e) {
      Pages.error("dispute.gone");
    }
    return null;
  }

  /** The municipality's keepers replace its ladder; rows left empty are no step. */
  public String saveLadder() throws IOException {
    LadderRequest submitted = getLadderForm();
    List<LadderRequest.Step> rows = submitted.getSteps();
    submitted.setSteps(new java.util.ArrayList<>(rows.stream()
        .filter(r -> !((r.getName() == null || r.getName().isBlank()) && r.getDeadlineDays() == null)).toList()));
    boolean valid = validation.validate(submitted, LADDER_FORM);
    if (!valid) {
      submitted.setSteps(rows);
      return null;
    }
    try {
      disputes.changeLadder(submitted.ladderSteps(), submitted.getVersion());
      Pages.doneThenGo("dispute.ladder.saved", currentSpace.get().tenant().value(), "disputes?group=" + groupId);
    } catch (InvalidInputException e) {
      Pages.error("dispute.invalid");
    } catch (se.samverkan.shared.StaleVersionException | jakarta.persistence.OptimisticLockException e) {
      Pages.error("dispute.ladder.conflict");
    } catch (AccessDeniedException e) {
      Pages.error("dispute.forbidden");
    }
    submitted.setSteps(rows);
    return null;
  }

  public boolean isCanKeepLadder() {
    return disputes.canKeepLadder();
  }

  /** The ladder as a form: its steps and two empty rows to add more. */
  public LadderRequest getLadderForm() {
    if (ladderForm == null) {
      ladderForm = new LadderRequest();
      List<LadderRequest.Step> steps = new java.util.ArrayList<>();
      getLadder().steps().forEach(s -> steps.add(new LadderRequest.Step(s.name(), s.deadlineDays())));
      steps.add(new LadderRequest.Step());
      steps.add(new LadderRequest.Step());
      ladderForm.setSteps(steps);
      ladderForm.setVersion(getLadder().version().orElse(null));
    }
    return ladderForm;
  }

  public GroupSummary getGroup() {
    if (group == null) {
      group = coordination.group(groupId);
    }
    return group;
  }

  public Page<Dispute> getList() {
    if (list == null) {
      list = disputes.disputes(groupId, Optional.ofNullable(status).map(DisputeStatus::valueOf),
          new PageRequest(page, PAGE_SIZE));
    }
    return list;
  }

  public Ladder getLadder() {
    if (ladder == null) {
      ladder = disputes.ladder();
    }
    return ladder;
  }

  public boolean isCanOpen() {
    return disputes.canOpen(groupId);
  }

  public DisputeRequest getForm() {
    return form;
  }

  public long getGroupId() {
    return groupId;
  }

  public String getStatus() {
    return status;
  }

  public String getFilterQuery() {
    return "group=" + groupId + (status == null ? "" : "&status=" + status);
  }
}
