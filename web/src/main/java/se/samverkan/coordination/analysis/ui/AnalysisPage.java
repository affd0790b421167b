package se.samverkan.coordination.analysis.ui;

import static se.samverkan.platform.ui.Messages.text;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.coordination.analysis.AnalysisDetails;
import se.samverkan.coordination.analysis.AnalysisYear;
import se.samverkan.coordination.analysis.LocalAnalysisService;
import se.samverkan.coordination.analysis.api.AnalysisRequest;
import se.samverkan.coordination.analysis.api.SectionRequest;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * A group's analysis of one year: the form for those who lead the group while it is a draft,
 * the text for everyone else and once it is completed. The form is the API's
 * {@link AnalysisRequest}, checked by the same rules; after a change the browser is redirected
 * (post/redirect/get).
 */
@Named
@RequestScoped
public class AnalysisPage {

  static final String FORM = "analysis-form";
  static final int PAGE_SIZE = 10;
  /** How many years back the year selector offers besides the years already written. */
  static final int YEARS_BACK = 5;

  @Inject LocalAnalysisService analyses;
  @Inject CoordinationService coordination;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;
  @Inject Clock clock;

  private long groupId;
  private String yearParameter;
  private FollowUpYear year;
  private int page;
  private GroupSummary group;
  private Optional<AnalysisDetails> analysis;
  private Page<AnalysisYear> years;
  private AnalysisRequest form;
  private Long stateVersion;

  /**
   * Group and year come from the page's address, which its forms post back to as well; read
   * here because the form's sections are walked while the postback is decoded.
   */
  @PostConstruct
  void readAddress() {
    groupId = Pages.number("group");
    page = (int) Math.min(Integer.MAX_VALUE, Pages.number("page"));
    yearParameter = Pages.parameter("year");
  }

  /** Runs before the page renders: a hidden group is 404, a year out of range 400. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      getYear();
      getGroup();
    } catch (InvalidInputException e) {
      faces.getExternalContext().responseSendError(400, e.getMessage());
      faces.responseComplete();
    } catch (NotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
    }
  }

  public String save() throws IOException {
    if (!validation.validate(getForm(), FORM)) {
      return null;
    }
    return attempt(() -> {
      analyses.write(groupId, getYear(), form.content(), form.getVersion());
      return "analysis.saved";
    });
  }

  public String complete() throws IOException {
    return attempt(() -> {
      analyses.complete(groupId, getYear(), stateVersion == null ? -1 : stateVersion);
      return "analysis.completed";
    });
  }

  public String reopen() throws IOException {
    return attempt(() -> {
      analyses.reopen(groupId, getYear(), stateVersion == null ? -1 : stateVersion);
      return "analysis.reopened";
    });
  }

  /** Runs a change; on success says so on the next page, else tells why beside the form. */
  private String attempt(Pages.Change change) throws IOException {
    try {
      Pages.doneThenGo(change.run(), currentSpace.get().tenant().value(), selfPath());
    } catch (InvalidInputException e) {
      if ("summary".equals(e.field()) && isEditable()) {
        validation.fieldError(FORM, "summary", text("analysis.summary.requiredToComplete"));
      } else if ("summary".equals(e.field())) {
        Pages.error("analysis.summary.requiredToComplete");
      } else {
        Pages.error("analysis.targetGroup.notServed");
      }
    } catch (ConflictException e) {
      Pages.error("analysis.state.conflict");
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("analysis.conflict");
    } catch (AccessDeniedException e) {
      Pages.error("analysis.forbidden");
    } catch (NotFoundException e) {
      Pages.error("analysis.gone");
    }
    return null;
  }

  public GroupSummary getGroup() {
    if (group == null) {
      group = coordination.group(groupId);
    }
    return group;
  }

  public FollowUpYear getYear() {
    if (year == null) {
      year = yearParameter == null || yearParameter.isBlank()
          ? FollowUpYear.current(clock) : FollowUpYear.parse(yearParameter);
    }
    return year;
  }

  public Optional<AnalysisDetails> getAnalysis() {
    if (analysis == null) {
      analysis = analyses.find(groupId, getYear());
    }
    return analysis;
  }

  public boolean isCanWrite() {
    return currentSpace.get().canLeadGroup(groupId);
  }

  /** The form is shown to those who lead the group, while the analysis is not completed. */
  public boolean isEditable() {
    return isCanWrite() && getAnalysis().map(a -> !a.isCompleted()).orElse(true);
  }

  public boolean isCompleted() {
    return getAnalysis().map(AnalysisDetails::isCompleted).orElse(false);
  }

  /**
   * What is written, with an empty section for each of the group's target groups not written
   * yet, in the agreement's order; the order is the same on the postback, so each field finds
   * its section again.
   */
  public AnalysisRequest getForm() {
    if (form == null) {
      form = getAnalysis().map(AnalysisRequest::of).orElseGet(AnalysisRequest::new);
      List<SectionRequest> sections = new ArrayList<>(form.getSections());
      for (TargetGroup targetGroup : getGroup().details().targetGroups()) {
        if (sections.stream().noneMatch(s -> targetGroup.name().equals(s.getTargetGroup()))) {
          sections.add(SectionRequest.empty(targetGroup));
        }
      }
      sections.sort(Comparator.comparing(s -> TargetGroup.valueOf(s.getTargetGroup())));
      form.setSections(sections);
    }
    return form;
  }

  /** The version the complete and reopen buttons act on, posted back with them. */
  public Long getStateVersion() {
    if (stateVersion == null) {
      stateVersion = getAnalysis().map(AnalysisDetails::version).orElse(null);
    }
    return stateVersion;
  }

  public void setStateVersion(Long stateVersion) {
    this.stateVersion = stateVersion;
  }

  /** The years the selector offers: the coming year, the last few and every year written. */
  public List<Integer> getYearChoices() {
    FollowUpYear now = FollowUpYear.current(clock);
    TreeSet<Integer> choices = new TreeSet<>(Comparator.reverseOrder());
    for (int y = Math.max(FollowUpYear.FIRST, now.value() - YEARS_BACK); y <= now.next().value(); y++) {
      choices.add(y);
    }
    choices.add(getYear().value());
    getYears().items().forEach(y -> choices.add(y.year().value()));
    return List.copyOf(choices);
  }

  public Page<AnalysisYear> getYears() {
    if (years == null) {
      years = analyses.years(groupId, new PageRequest(page, PAGE_SIZE));
    }
    return years;
  }

  public long getGroupId() {
    return groupId;
  }

  /** The section's field's id in the form, for labels and messages: {@code sections:0:summary}. */
  public String fieldId(int index, String field) {
    return FORM + ":sections:" + index + ":" + field;
  }

  /** This page's address within the space, which its forms come back to. */
  private String selfPath() {
    return "analysis?group=" + groupId + "&year=" + getYear().value();
  }

}
