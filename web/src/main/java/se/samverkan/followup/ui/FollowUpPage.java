package se.samverkan.followup.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.followup.AnswerValue;
import se.samverkan.followup.FigureInput;
import se.samverkan.followup.FollowUpAnswer;
import se.samverkan.followup.FollowUpFigure;
import se.samverkan.followup.FollowUpService;
import se.samverkan.followup.IndicatorKind;
import se.samverkan.followup.IndicatorRow;
import se.samverkan.followup.ReportDetails;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Messages;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * A group's follow-up of a year ({@code group} and {@code year} in the address): start the draft,
 * answer every indicator in one form (each answer saved with the version it was read at), see
 * where each figure comes from, submit. Without a group: the groups the caller sees.
 */
@Named
@RequestScoped
public class FollowUpPage {

  static final String FORM = "report-form";
  /** A table's cells in its text area: one row a line, cells split by this. */
  static final String CELLS = " | ";

  @Inject FollowUpService service;
  @Inject CoordinationService coordination;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;
  @Inject Clock clock;

  private long groupId;
  private int year;
  private Optional<ReportDetails> details;
  private final Map<Long, String> values = new HashMap<>();
  private final Map<Long, String> versions = new HashMap<>();
  private final Map<String, String> figureValues = new HashMap<>();
  private final Map<String, String> figureReasons = new HashMap<>();
  private String reportVersion;

  @PostConstruct
  void readAddress() {
    groupId = Pages.number("group");
    long asked = Pages.number("year");
    int current = LocalDate.now(clock).getYear();
    year = asked >= FollowUpYear.FIRST && asked <= FollowUpYear.LAST ? (int) asked : current - 1;
  }

  public void load() throws IOException {
    try {
      if (groupId != 0) {
        fill(getDetails());
      }
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    } catch (AccessDeniedException e) {
      Pages.forbidden(e.getMessage());
    }
  }

  public String start() throws IOException {
    return attempt(() -> {
      service.start(groupId, new FollowUpYear(year));
      return "followup.started";
    });
  }

  /** Saves every answer whose value the form changed, each against the version it was read at. */
  public String save() throws IOException {
    return attempt(() -> {
      ReportDetails report = getDetails().orElseThrow(() -> new NotFoundException("Report", year));
      for (IndicatorRow indicator : report.indicators()) {
        FollowUpAnswer answer = report.answerTo(indicator.id()).orElse(null);
        if (answer == null) {
          continue;
        }
        AnswerValue value = valueOf(indicator);
        List<FigureInput> figures = figuresOf(report, indicator, answer);
        if (!changed(indicator, answer, value, report.figuresOf(answer), figures)) {
          continue;
        }
        service.answer(groupId, new FollowUpYear(year), indicator.id(), value, figures,
            Long.parseLong(versions.getOrDefault(indicator.id(), String.valueOf(answer.version()))));
      }
      return "followup.saved";
    });
  }

  public String submit() throws IOException {
    return attempt(() -> {
      service.submit(groupId, new FollowUpYear(year), Long.parseLong(reportVersion));
      return "followup.submitted";
    });
  }

  private String attempt(Pages.Change change) throws IOException {
    try {
      Pages.doneThenGo(change.run(), currentSpace.get().tenant().value(), selfPath());
    } catch (InvalidInputException e) {
      validation.fieldError(FORM, "answers", Messages.textOr("followup.invalid." + e.field(), e.getMessage()));
      Pages.error("followup.invalid");
    } catch (NumberFormatException e) {
      Pages.error("followup.invalid");
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("followup.conflict");
    } catch (ConflictException e) {
      Pages.error("followup.locked");
    } catch (AccessDeniedException e) {
      Pages.error("followup.forbidden");
    } catch (NotFoundException e) {
      Pages.error("followup.gone");
    }
    return null;
  }

  private AnswerValue valueOf(IndicatorRow indicator) {
    String raw = values.getOrDefault(indicator.id(), "");
    String text = raw == null ? "" : raw.strip();
    return switch (indicator.kind()) {
      case TEXT, RECORDED_COUNT -> new AnswerValue(Optional.of(text), Optional.empty(), Optional.empty(), List.of());
      case NUMBER -> {
        try {
          yield new AnswerValue(Optional.empty(), text.isEmpty() ? Optional.empty()
              : Optional.of(new BigDecimal(text.replace(',', '.').replace(" ", ""))), Optional.empty(), List.of());
        } catch (NumberFormatException e) {
          throw new InvalidInputException("answers." + indicator.code(), "Write a number, like 12 or 3,5");
        }
      }
      case CHOICE -> new AnswerValue(Optional.empty(), Optional.empty(), Optional.of(text), List.of());
      case TABLE -> new AnswerValue(Optional.empty(), Optional.empty(), Optional.empty(),
          text.lines().filter(l -> !l.isBlank())
              .map(l -> Arrays.stream(l.split("\\|", -1)).map(String::strip).toList()).toList());
    };
  }

  private List<FigureInput> figuresOf(ReportDetails report, IndicatorRow indicator, FollowUpAnswer answer) {
    List<FigureInput> figures = new ArrayList<>();
    if (indicator.kind() != IndicatorKind.RECORDED_COUNT) {
      return figures;
    }
    for (FollowUpFigure figure : report.figuresOf(answer)) {
      String key = figureKey(indicator.id(), figure.key());
      String raw = figureValues.getOrDefault(key, String.valueOf(figure.value())).strip();
      int value;
      try {
        value = Integer.parseInt(raw);
      } catch (NumberFormatException e) {
        throw new InvalidInputException("figures." + figure.key(), "Write a whole number");
      }
      String reason = figureReasons.getOrDefault(key, "");
      figures.add(new FigureInput(figure.key(), value, Optional.ofNullable(reason).map(String::strip)
          .filter(r -> !r.isEmpty())));
    }
    return figures;
  }

  private static boolean changed(IndicatorRow indicator, FollowUpAnswer answer, AnswerValue value,
      List<FollowUpFigure> stored, List<FigureInput> figures) {
    boolean valueChanged = switch (indicator.kind()) {
      case TEXT, RECORDED_COUNT -> !answer.text().equals(value.text());
      case NUMBER -> !answer.number().map(BigDecimal::stripTrailingZeros)
          .equals(value.number().map(BigDecimal::stripTrailingZeros));
      case CHOICE -> !answer.choice().equals(value.choice());
      case TABLE -> !answer.table().equals(value.table());
    };
    if (valueChanged) {
      return true;
    }
    for (FigureInput input : figures) {
      FollowUpFigure figure = stored.stream().filter(f -> f.key().equals(input.key())).findFirst().orElseThrow();
      if (figure.value() != input.value() || !figure.reason().equals(input.reason())) {
        return true;
      }
    }
    return false;
  }

  /** The form starts from what is stored; a postback then overwrites what was sent. */
  private void fill(Optional<ReportDetails> found) {
    if (found.isEmpty() || !values.isEmpty()) {
      return;
    }
    ReportDetails report = found.get();
    reportVersion = String.valueOf(report.report().version());
    for (IndicatorRow indicator : report.indicators()) {
      report.answerTo(indicator.id()).ifPresent(answer -> {
        versions.put(indicator.id(), String.valueOf(answer.version()));
        values.put(indicator.id(), switch (indicator.kind()) {
          case TEXT, RECORDED_COUNT -> answer.text().orElse("");
          case NUMBER -> answer.number().map(BigDecimal::toPlainString).orElse("");
          case CHOICE -> answer.choice().orElse("");
          case TABLE -> String.join("\n", answer.table().stream().map(r -> String.join(CELLS, r)).toList());
        });
        for (FollowUpFigure figure : report.figuresOf(answer)) {
          figureValues.put(figureKey(indicator.id(), figure.key()), String.valueOf(figure.value()));
          figureReasons.put(figureKey(indicator.id(), figure.key()), figure.reason().orElse(""));
        }
      });
    }
  }

  public static String figureKey(long indicatorId, String key) {
    return indicatorId + ":" + key;
  }

  public Optional<ReportDetails> getDetails() {
    if (details == null) {
      details = groupId == 0 ? Optional.empty() : service.find(groupId, new FollowUpYear(year));
      fill(details);
    }
    return details;
  }

  public ReportDetails getReport() {
    return getDetails().orElse(null);
  }

  public boolean isCanWrite() {
    return groupId != 0 && service.canWrite(groupId);
  }

  public String getGroupName() {
    return coordination.group(groupId).details().name();
  }

  public List<GroupSummary> getGroups() {
    return coordination.groups(new PageRequest(0, PageRequest.MAX_SIZE)).items();
  }

  /** The years to switch between: the last four. */
  public List<Integer> getYears() {
    int current = LocalDate.now(clock).getYear();
    return List.of(current, current - 1, current - 2, current - 3);
  }

  public Map<Long, String> getValues() {
    getDetails();
    return values;
  }

  public Map<Long, String> getVersions() {
    getDetails();
    return versions;
  }

  public Map<String, String> getFigureValues() {
    getDetails();
    return figureValues;
  }

  public Map<String, String> getFigureReasons() {
    getDetails();
    return figureReasons;
  }

  public String getReportVersion() {
    getDetails();
    return reportVersion;
  }

  public void setReportVersion(String reportVersion) {
    this.reportVersion = reportVersion;
  }

  public long getGroupId() {
    return groupId;
  }

  public int getYear() {
    return year;
  }

  private String selfPath() {
    return "followup?group=" + groupId + "&year=" + year;
  }
}
