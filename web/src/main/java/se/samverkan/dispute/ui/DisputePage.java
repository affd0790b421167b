package se.samverkan.dispute.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.dispute.DisputeRecord;
import se.samverkan.dispute.DisputeService;
import se.samverkan.dispute.DisputeStatus;
import se.samverkan.dispute.StepPerson;
import se.samverkan.dispute.api.EscalationRequest;
import se.samverkan.dispute.api.PersonRequest;
import se.samverkan.dispute.api.ResolutionRequest;
import se.samverkan.platform.Clocks;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/** One dispute: its steps up the ladder, and for the group's leaders escalating or resolving it. */
@Named
@RequestScoped
public class DisputePage {

  static final String ESCALATE_FORM = "escalate-form";
  static final String RESOLVE_FORM = "resolve-form";

  @Inject DisputeService disputes;
  @Inject CoordinationService coordination;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private long groupId;
  private long id;
  private GroupSummary group;
  private DisputeRecord record;
  private final EscalationRequest escalation = new EscalationRequest();
  private final ResolutionRequest resolution = new ResolutionRequest();

  @PostConstruct
  void readAddress() {
    groupId = Pages.number("group");
    id = Pages.number("id");
    escalation.setPeople(PeopleRows.empty());
  }

  public void load() throws IOException {
    try {
      getGroup();
      getRecord();
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    }
  }

  public String escalate() throws IOException {
    List<PersonRequest> rows = escalation.getPeople();
    escalation.setPeople(PeopleRows.filled(rows));
    boolean valid = validation.validate(escalation, ESCALATE_FORM);
    escalation.setPeople(rows);
    if (!valid) {
      return null;
    }
    List<StepPerson> people = PeopleRows.filled(rows).stream()
        .map(p -> new StepPerson(p.getName().strip(), p.getEmail().strip())).toList();
    return attempt(() -> {
      disputes.escalate(groupId, id, escalation.getOutcome(), people, escalation.getVersion());
      return "dispute.escalated";
    });
  }

  public String resolve() throws IOException {
    if (!validation.validate(resolution, RESOLVE_FORM)) {
      return null;
    }
    return attempt(() -> {
      disputes.resolve(groupId, id, resolution.getOutcome(), resolution.getVersion());
      return "dispute.resolved";
    });
  }

  private String attempt(Pages.Change change) throws IOException {
    try {
      Pages.doneThenGo(change.run(), currentSpace.get().tenant().value(), "dispute?group=" + groupId + "&id=" + id);
    } catch (InvalidInputException e) {
      Pages.error("dispute.invalid");
    } catch (ConflictException e) {
      Pages.error("dispute.state.conflict");
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("dispute.conflict");
    } catch (AccessDeniedException e) {
      Pages.error("dispute.forbidden");
    } catch (NotFoundException e) {
      Pages.error("dispute.gone");
    }
    return null;
  }

  public GroupSummary getGroup() {
    if (group == null) {
      group = coordination.group(groupId);
    }
    return group;
  }

  public DisputeRecord getRecord() {
    if (record == null) {
      record = disputes.dispute(groupId, id);
      long version = record.dispute().version();
      if (escalation.getVersion() == null) {
        escalation.setVersion(version);
      }
      if (resolution.getVersion() == null) {
        resolution.setVersion(version);
      }
    }
    return record;
  }

  public boolean isOpen() {
    return getRecord().dispute().status() == DisputeStatus.OPEN;
  }

  public boolean isCanEscalate() {
    return isOpen() && disputes.canLead(groupId)
        && getRecord().dispute().currentStep() < getRecord().dispute().ladder().size();
  }

  public boolean isCanResolve() {
    return isOpen() && disputes.canLead(groupId);
  }

  public String nextStepName() {
    int next = getRecord().dispute().currentStep();
    return next < getRecord().dispute().ladder().size() ? getRecord().dispute().ladder().get(next).name() : "";
  }

  public String people(List<StepPerson> people) {
    return String.join(", ", people.stream().map(p -> p.name() + " <" + p.email() + ">").toList());
  }

  public String when(Instant at) {
    return at == null ? "" : at.atZone(Clocks.SWEDEN).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }

  public EscalationRequest getEscalation() {
    return escalation;
  }

  public ResolutionRequest getResolution() {
    return resolution;
  }

  public long getGroupId() {
    return groupId;
  }
}
