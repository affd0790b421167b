package se.samverkan.coordination.assignment.ui;

import static se.samverkan.platform.ui.Messages.textOr;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import se.samverkan.coordination.assignment.AreaGroup;
import se.samverkan.coordination.assignment.AssignmentOverview;
import se.samverkan.coordination.assignment.AssignmentReport;
import se.samverkan.coordination.assignment.AssignmentService;
import se.samverkan.coordination.assignment.AssignmentSummary;
import se.samverkan.coordination.assignment.ReportKind;
import se.samverkan.coordination.assignment.SubmittedReport;
import se.samverkan.coordination.assignment.api.ReportRequest;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * One assignment. For RUG: the overview per municipality and group, and the submitted reports. In
 * a municipality: one addressed group at a time ({@code group} in the address), its reports, and
 * for its leaders the form to write a report and the buttons to submit drafts.
 */
@Named
@RequestScoped
public class AssignmentPage {

  static final String FORM = "report-form";

  @Inject AssignmentService service;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private long id;
  private long groupId;
  private AssignmentSummary assignment;
  private List<AreaGroup> groups;
  private List<AssignmentReport> reports;
  private AssignmentOverview overview;
  private List<SubmittedReport> submitted;
  private final ReportRequest form = new ReportRequest();

  /** Read from the address, which the forms post back to as well (see GroupPage). */
  @PostConstruct
  void readAddress() {
    id = Pages.number("id");
    groupId = Pages.number("group");
    form.setKind(ReportKind.PROGRESS.name());
  }

  /** Runs before the page renders: an unknown or hidden assignment is a 404, like in the API. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      getAssignment();
      if (!isRug()) {
        if (getGroups().stream().noneMatch(g -> g.id() == groupId)) {
          groupId = getGroups().isEmpty() ? 0 : getGroups().get(0).id();
        }
      }
    } catch (NotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
    } catch (AccessDeniedException e) {
      faces.getExternalContext().responseSendError(403, e.getMessage());
      faces.responseComplete();
    }
  }

  public String write() throws IOException {
    if (!validation.validate(form, FORM)) {
      return null;
    }
    return attempt(() -> {
      service.writeReport(id, groupId, ReportKind.valueOf(form.getKind()), form.getBody());
      return "assignment.report.written";
    });
  }

  public String submit(long reportId, long version) throws IOException {
    return attempt(() -> {
      service.submitReport(id, groupId, reportId, version);
      return "assignment.report.submitted";
    });
  }

  private String attempt(Pages.Change change) throws IOException {
    try {
      Pages.doneThenGo(change.run(), currentSpace.get().tenant().value(), selfPath());
    } catch (InvalidInputException e) {
      validation.fieldError(FORM, e.field(), textOr("assignment.invalid." + e.field(), e.getMessage()));
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("assignment.report.conflict");
    } catch (AccessDeniedException e) {
      Pages.error("assignment.report.forbidden");
    } catch (NotFoundException e) {
      Pages.error("assignment.report.gone");
    }
    return null;
  }

  public boolean isRug() {
    return service.isRug();
  }

  public boolean isCanReport() {
    return groupId != 0 && service.canReport(groupId);
  }

  public AssignmentSummary getAssignment() {
    if (assignment == null) {
      assignment = service.assignment(id);
    }
    return assignment;
  }

  public List<AreaGroup> getGroups() {
    if (groups == null) {
      groups = service.groups(id);
    }
    return groups;
  }

  public Optional<AreaGroup> getGroup() {
    return getGroups().stream().filter(g -> g.id() == groupId).findFirst();
  }

  public List<AssignmentReport> getReports() {
    if (reports == null) {
      reports = groupId == 0 ? List.of() : service.reports(id, groupId);
    }
    return reports;
  }

  public AssignmentOverview getOverview() {
    if (overview == null) {
      overview = service.overview(id);
    }
    return overview;
  }

  public List<SubmittedReport> getSubmitted() {
    if (submitted == null) {
      submitted = service.submittedReports(id);
    }
    return submitted;
  }

  public ReportKind[] getKinds() {
    return ReportKind.values();
  }

  public ReportRequest getForm() {
    return form;
  }

  public long getId() {
    return id;
  }

  public long getGroupId() {
    return groupId;
  }

  /** This page's address within the space, which its forms come back to. */
  private String selfPath() {
    return "assignment?id=" + id + "&group=" + groupId;
  }

}
