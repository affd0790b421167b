package se.samverkan.deviation.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.deviation.DeviationFigures;
import se.samverkan.deviation.DeviationStatistics;
import se.samverkan.platform.ui.Messages;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;

/**
 * A group's deviations and disputes of a year in figures: tables that stay the accessible
 * equivalent of the charts drawn above them ({@code table.chart}).
 */
@Named
@RequestScoped
public class DeviationStatisticsPage {

  /** One row of a table: the category's label and its count. */
  public record Row(String label, long count) {}

  @Inject DeviationStatistics statistics;
  @Inject CoordinationService coordination;
  @Inject Clock clock;

  private long groupId;
  private String yearParameter;
  private FollowUpYear year;
  private GroupSummary group;
  private DeviationFigures figures;

  @PostConstruct
  void readAddress() {
    groupId = Pages.number("group");
    yearParameter = Pages.parameter("year");
  }

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      getGroup();
      getFigures();
    } catch (InvalidInputException e) {
      faces.getExternalContext().responseSendError(400, e.getMessage());
      faces.responseComplete();
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    }
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

  public DeviationFigures getFigures() {
    if (figures == null) {
      figures = statistics.forGroupAndYear(groupId, getYear());
    }
    return figures;
  }

  public List<Row> getByCategory() {
    return rows(getFigures().byCategory(), "deviation.category.");
  }

  public List<Row> getByTargetGroup() {
    return rows(getFigures().byTargetGroup(), "target.");
  }

  public List<Row> getByConclusion() {
    return rows(getFigures().byConclusion(), "deviation.conclusion.");
  }

  /** Sections are the members' own references: shown as written. */
  public List<Row> getBySection() {
    return getFigures().bySection().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> new Row(e.getKey(), e.getValue())).toList();
  }

  public List<Row> getDisputes() {
    List<Row> rows = new ArrayList<>();
    getFigures().disputesByOutcome().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      String key = e.getKey();
      String label = key.startsWith("RESOLVED_AT_STEP_")
          ? java.text.MessageFormat.format(Messages.text("dispute.resolvedAtStep"), key.substring("RESOLVED_AT_STEP_".length()))
          : Messages.text("dispute.status.OPEN");
      rows.add(new Row(label, e.getValue()));
    });
    return rows;
  }

  public List<Integer> getYearChoices() {
    int now = FollowUpYear.current(clock).value();
    List<Integer> years = new ArrayList<>();
    for (int y = now; y >= Math.max(FollowUpYear.FIRST, now - 5); y--) {
      years.add(y);
    }
    if (!years.contains(getYear().value())) {
      years.add(getYear().value());
    }
    return years;
  }

  public long getGroupId() {
    return groupId;
  }

  private static <K> List<Row> rows(Map<K, Long> counts, String prefix) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))))
        .map(e -> new Row(Messages.text(prefix + (e.getKey() instanceof Enum<?> en ? en.name() : e.getKey())), e.getValue()))
        .toList();
  }
}
