package se.samverkan.portfolio.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import se.samverkan.portfolio.Commitment;
import se.samverkan.portfolio.GoalArea;
import se.samverkan.portfolio.PortfolioOverview;
import se.samverkan.portfolio.ProjectRow;
import se.samverkan.portfolio.ProjectSheet;
import se.samverkan.portfolio.Rag;
import se.samverkan.portfolio.StatusReport;
import se.samverkan.shared.Money;

/** The API's views of the portfolio; amounts as exact kronor with their Swedish text. */
public final class PortfolioViews {

  private PortfolioViews() {}

  public record AmountView(BigDecimal kronor, String text) {
    static AmountView of(Money money) {
      return new AmountView(money.kronor(), money.format());
    }
  }

  public record GoalAreaView(long id, String name) {
    static GoalAreaView of(GoalArea area) {
      return new GoalAreaView(area.id(), area.name());
    }
  }

  public record StatusView(String period, String status, String comment, OffsetDateTime reportedAt) {
    static StatusView of(StatusReport report) {
      return new StatusView(report.period(), report.status().name(), report.comment(), report.reportedAt());
    }
  }

  public record ProjectView(long id, long goalAreaId, String goalArea, String name, String ownerOrganisation,
      AmountView regionalFinancing, LocalDate startsOn, LocalDate endsOn, String description, StatusView latest,
      long version) {
    static ProjectView of(ProjectRow row) {
      var p = row.project();
      return new ProjectView(p.id(), p.goalAreaId(), row.goalArea(), p.name(), p.ownerOrganisation(),
          AmountView.of(p.regionalFinancing()), p.startsOn(), p.endsOn(), p.description(),
          row.latest().map(StatusView::of).orElse(null), p.version());
    }
  }

  public record CommitmentView(long id, String title, String status, String comment, String activities, long version) {
    static CommitmentView of(Commitment c) {
      return new CommitmentView(c.id(), c.title(), c.status().name(), c.comment(), c.activities(), c.version());
    }
  }

  public record ProjectSheetView(ProjectView project, List<StatusView> statuses, List<CommitmentView> commitments) {
    static ProjectSheetView of(ProjectSheet sheet) {
      return new ProjectSheetView(ProjectView.of(sheet.row()), sheet.statuses().stream().map(StatusView::of).toList(),
          sheet.commitments().stream().map(CommitmentView::of).toList());
    }
  }

  public record AreaFinancing(String goalArea, AmountView amount) {}

  public record AreaStatuses(String goalArea, int green, int yellow, int red) {}

  public record OverviewView(List<ProjectView> items, int page, int size, long total, AmountView totalFinancing,
      List<AreaFinancing> financingPerGoalArea, List<AreaStatuses> statusesPerGoalArea, List<String> owners) {
    static OverviewView of(PortfolioOverview overview) {
      var page = overview.projects();
      return new OverviewView(page.items().stream().map(ProjectView::of).toList(), page.page(), page.size(),
          page.total(), AmountView.of(overview.totalFinancing()),
          overview.financingPerGoalArea().entrySet().stream()
              .map(e -> new AreaFinancing(e.getKey(), AmountView.of(e.getValue()))).toList(),
          overview.statusesPerGoalArea().entrySet().stream().map(PortfolioViews::statuses).toList(),
          overview.owners());
    }
  }

  private static AreaStatuses statuses(Map.Entry<String, Map<Rag, Integer>> e) {
    return new AreaStatuses(e.getKey(), e.getValue().get(Rag.GREEN), e.getValue().get(Rag.YELLOW),
        e.getValue().get(Rag.RED));
  }
}
