package se.samverkan.followup.quarterly.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import se.samverkan.followup.quarterly.Definition;
import se.samverkan.followup.quarterly.Figure;
import se.samverkan.followup.quarterly.FigureRules;
import se.samverkan.followup.quarterly.IndicatorChart;
import se.samverkan.followup.quarterly.Quarter;
import se.samverkan.followup.quarterly.QuarterlyIndicatorService;
import se.samverkan.followup.quarterly.RowProblem;
import se.samverkan.followup.quarterly.Trend;
import se.samverkan.followup.quarterly.api.DefinitionRequest;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Messages;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * One indicator: what it measures, every party's figures per quarter as a table that charts.js
 * draws as lines, the area's mean and each trend in words. The party's reporters type one figure
 * here; RUG changes or retires the indicator.
 */
@Named
@RequestScoped
public class QuarterlyIndicatorPage {

  static final String FORM = "definition-form";
  static final String FIGURE_FORM = "figure-form";

  @Inject QuarterlyIndicatorService indicators;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private long id;
  private IndicatorChart chart;
  private DefinitionRequest form;
  private Long version;
  private String quarter;
  private String value;

  @PostConstruct
  void readAddress() {
    id = Pages.number("id");
  }

  /** Runs before the page renders: an indicator of no readable area is 404. */
  public void load() throws IOException {
    try {
      getChart();
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    }
  }

  public IndicatorChart getChart() {
    if (chart == null) {
      chart = indicators.chart(id);
    }
    return chart;
  }

  public Definition getDefinition() {
    return getChart().definition();
  }

  public String getName() {
    return getDefinition().name(Figures.locale());
  }

  public String format(BigDecimal figure) {
    return Figures.format(figure);
  }

  /** The value for a chart cell's data-value: a plain number, or empty for none. */
  public String plain(BigDecimal figure) {
    return figure == null ? "" : figure.toPlainString();
  }

  public BigDecimal at(List<BigDecimal> values, int index) {
    return values.get(index);
  }

  /** "Better: 12,3 in the last four quarters against 14,1 in the four before (−12,8 %)". */
  public String trendText(Trend trend) {
    if (trend.direction() == Trend.Direction.UNKNOWN) {
      return Messages.text("quarterly.trend.UNKNOWN");
    }
    String text = MessageFormat.format(Messages.text("quarterly.trend." + trend.direction().name()),
        Figures.format(trend.recentMean()), Figures.format(trend.earlierMean()));
    return trend.changePercent() == null ? text : text + " (" + (trend.changePercent().signum() > 0 ? "+" : "")
        + Figures.format(trend.changePercent()) + " %)";
  }

  /** An arrow that shows which way the figures went (its meaning is in the text beside it). */
  public String arrow(Trend trend) {
    if (trend.recentMean() == null) {
      return "–";
    }
    int moved = trend.recentMean().compareTo(trend.earlierMean());
    return trend.direction() == Trend.Direction.UNCHANGED || moved == 0 ? "→" : moved < 0 ? "↓" : "↑";
  }

  // --- RUG: change and retire -----------------------------------------------------------------

  public boolean isCanKeep() {
    return indicators.canKeepDefinitions();
  }

  public DefinitionRequest getForm() {
    if (form == null) {
      Definition d = getDefinition();
      form = new DefinitionRequest();
      form.setCode(d.code());
      form.setNameSv(d.nameSv());
      form.setNameEn(d.nameEn());
      form.setDescription(d.description());
      form.setUnit(d.unit().name());
      form.setBetter(d.better().name());
      form.setReportedBy(d.reportedBy().name());
      form.setActiveFrom(d.activeFrom().toString());
      form.setActiveTo(d.activeTo().map(Quarter::toString).orElse(null));
      form.setVersion(d.version());
    }
    return form;
  }

  public String save() throws IOException {
    if (!validation.validate(getForm(), FORM)) {
      return null;
    }
    return attempt(() -> {
      indicators.change(id, form.details(), form.getVersion() == null ? -1 : form.getVersion());
      return "quarterly.saved";
    }, FORM);
  }

  public String retire() throws IOException {
    return attempt(() -> {
      indicators.retire(id, version == null ? -1 : version);
      return "quarterly.retired";
    }, FORM);
  }

  // --- a party's reporters: one figure ---------------------------------------------------------

  public boolean isCanReport() {
    Definition d = getDefinition();
    return indicators.canReport() && !d.retired()
        && d.reportedBy().includes(currentSpace.get().kind());
  }

  public String report() throws IOException {
    Quarter q;
    try {
      q = Quarter.parse(quarter);
    } catch (InvalidInputException e) {
      validation.fieldError(FIGURE_FORM, "quarter", Messages.text("quarterly.quarter.format"));
      return null;
    }
    Optional<BigDecimal> figure = FigureRules.parse(value);
    if (figure.isEmpty()) {
      validation.fieldError(FIGURE_FORM, "value", Messages.text("quarterly.value.number"));
      return null;
    }
    Definition d = getDefinition();
    Optional<RowProblem.Kind> refused = FigureRules.checkQuarter(d, currentSpace.get().kind(), q, getCurrentQuarter());
    if (refused.isPresent()) {
      validation.fieldError(FIGURE_FORM, "quarter", problem(refused.get(), q.toString()));
      return null;
    }
    refused = FigureRules.checkValue(d, figure.get());
    if (refused.isPresent()) {
      validation.fieldError(FIGURE_FORM, "value", problem(refused.get(), value.strip()));
      return null;
    }
    // the figure typed here replaces the party's own for the quarter: the version is the one shown
    Long known = indicators.ownFigures(id).stream().filter(f -> f.quarter().equals(q)).map(Figure::version)
        .findFirst().orElse(null);
    return attempt(() -> {
      indicators.report(id, q, figure.get(), known);
      return "quarterly.reported";
    }, FIGURE_FORM);
  }

  private static String problem(RowProblem.Kind kind, String detail) {
    return Figures.problems(List.of(new RowProblem(0, kind, detail))).get(0);
  }

  private String attempt(Pages.Change change, String formId) throws IOException {
    try {
      Pages.doneThenGo(change.run(), currentSpace.get().tenant().value(), "quarterly-indicator?id=" + id);
    } catch (InvalidInputException e) {
      validation.fieldError(formId, e.field(), Figures.fieldMessage(e));
    } catch (StaleVersionException | OptimisticLockException | ConflictException e) {
      Pages.error("quarterly.conflict");
    } catch (AccessDeniedException e) {
      Pages.error("quarterly.forbidden");
    } catch (NotFoundException e) {
      Pages.error("quarterly.gone");
    }
    return null;
  }

  public Quarter getCurrentQuarter() {
    return indicators.currentQuarter();
  }

  public long getId() {
    return id;
  }

  /** The version the retire form sends: as submitted, else the one shown. */
  public Long getVersion() {
    return version != null ? version : getDefinition().version();
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getQuarter() {
    return quarter;
  }

  public void setQuarter(String quarter) {
    this.quarter = quarter;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
