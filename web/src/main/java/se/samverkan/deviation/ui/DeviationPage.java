package se.samverkan.deviation.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.coordination.meeting.Meeting;
import se.samverkan.deviation.Conclusion;
import se.samverkan.deviation.Deviation;
import se.samverkan.deviation.DeviationService;
import se.samverkan.deviation.DeviationStatus;
import se.samverkan.deviation.api.AnalysisRequest;
import se.samverkan.deviation.api.RaiseRequest;
import se.samverkan.platform.Clocks;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * One deviation: what was brought, the group's analysis at a meeting, closing it, and raising it
 * to RUG with a de-identified summary (shown as done, by whom and when). The forms are the API's
 * requests, checked by the same rules.
 */
@Named
@RequestScoped
public class DeviationPage {

  static final String ANALYSIS_FORM = "analysis-form";
  static final String RAISE_FORM = "raise-form";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject DeviationService deviations;
  @Inject CoordinationService coordination;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private long groupId;
  private long id;
  private GroupSummary group;
  private Deviation deviation;
  private List<Meeting> meetings;
  private final AnalysisRequest analysisForm = new AnalysisRequest();
  private final RaiseRequest raiseForm = new RaiseRequest();
  private Long closeVersion;

  @PostConstruct
  void readAddress() {
    groupId = Pages.number("group");
    id = Pages.number("id");
  }

  public void load() throws IOException {
    try {
      getGroup();
      getDeviation();
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    }
  }

  public String analyse() throws IOException {
    if (!validation.validate(analysisForm, ANALYSIS_FORM)) {
      return null;
    }
    return attempt(ANALYSIS_FORM, () -> {
      deviations.analyse(groupId, id, analysisForm.getMeetingId(), analysisForm.getAnalysis(),
          Conclusion.valueOf(analysisForm.getConclusion()), analysisForm.getVersion());
      return "deviation.analysed";
    });
  }

  public String close() throws IOException {
    return attempt(null, () -> {
      deviations.close(groupId, id, closeVersion == null ? -1 : closeVersion);
      return "deviation.closed";
    });
  }

  public String raise() throws IOException {
    if (!validation.validate(raiseForm, RAISE_FORM)) {
      return null;
    }
    return attempt(RAISE_FORM, () -> {
      deviations.raiseToRug(groupId, id, raiseForm.getSummary(), raiseForm.getVersion());
      return "deviation.raisedDone";
    });
  }

  private String attempt(String form, Pages.Change change) throws IOException {
    try {
      Pages.doneThenGo(change.run(), currentSpace.get().tenant().value(), "deviation?group=" + groupId + "&id=" + id);
    } catch (InvalidInputException e) {
      if (form != null && e.field() != null) {
        validation.fieldError(form, e.field(), se.samverkan.platform.ui.Messages.text("deviation.field.invalid"));
      } else {
        Pages.error("deviation.invalid");
      }
    } catch (ConflictException e) {
      Pages.error("deviation.state.conflict");
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("deviation.conflict");
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

  public Deviation getDeviation() {
    if (deviation == null) {
      deviation = deviations.deviation(groupId, id);
      analysisForm.setVersion(analysisForm.getVersion() == null ? deviation.version() : analysisForm.getVersion());
      raiseForm.setVersion(raiseForm.getVersion() == null ? deviation.version() : raiseForm.getVersion());
    }
    return deviation;
  }

  public List<Meeting> getMeetings() {
    if (meetings == null) {
      meetings = deviations.meetings(groupId);
    }
    return meetings;
  }

  public String meetingLabel(Meeting meeting) {
    return meeting.startsAt().format(WHEN) + meeting.place().map(p -> ", " + p).orElse("");
  }

  public String when(java.time.Instant at) {
    return at == null ? "" : at.atZone(Clocks.SWEDEN).format(WHEN);
  }

  public boolean isCanLead() {
    return deviations.canLead(groupId);
  }

  public boolean isCanAnalyse() {
    return isCanLead() && getDeviation().status() == DeviationStatus.BROUGHT;
  }

  public boolean isCanClose() {
    return isCanLead() && getDeviation().status() == DeviationStatus.ANALYSED;
  }

  public boolean isCanRaise() {
    return isCanLead() && !getDeviation().isRaised()
        && getDeviation().conclusion().filter(c -> c == Conclusion.RAISE_TO_RUG).isPresent();
  }

  public AnalysisRequest getAnalysisForm() {
    return analysisForm;
  }

  public RaiseRequest getRaiseForm() {
    return raiseForm;
  }

  public Long getCloseVersion() {
    if (closeVersion == null) {
      closeVersion = getDeviation().version();
    }
    return closeVersion;
  }

  public void setCloseVersion(Long closeVersion) {
    this.closeVersion = closeVersion;
  }

  public long getGroupId() {
    return groupId;
  }

  public long getId() {
    return id;
  }
}
