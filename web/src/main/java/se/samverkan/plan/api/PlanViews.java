package se.samverkan.plan.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import se.samverkan.plan.ActivityProgress;
import se.samverkan.plan.PlanActivity;
import se.samverkan.plan.PlanGoal;
import se.samverkan.plan.PlanInitiative;
import se.samverkan.plan.PlanSheet;
import se.samverkan.plan.PlanSummary;
import se.samverkan.plan.ProgrammeArea;
import se.samverkan.plan.economy.CostRow;
import se.samverkan.plan.economy.FinancingRow;
import se.samverkan.plan.economy.YearBalance;
import se.samverkan.shared.Money;

/**
 * The API's views of plans. Amounts are exact decimal kronor ({@code 12345.50}), never floating
 * point, with the Swedish text beside them ({@code "12 345,50 kr"}).
 */
public final class PlanViews {

  private PlanViews() {}

  public record AmountView(BigDecimal kronor, String text) {
    static AmountView of(Money money) {
      return new AmountView(money.kronor(), money.format());
    }
  }

  public record ProgrammeAreaView(long id, String name, int position) {
    static ProgrammeAreaView of(ProgrammeArea area) {
      return new ProgrammeAreaView(area.id(), area.name(), area.position());
    }
  }

  public record PlanView(
      long id, String owner, boolean areaPlan, boolean editable, long programmeAreaId, String programmeArea,
      String title, int fromYear, int toYear, String status, String allocationKey, long version) {
    static PlanView of(PlanSummary plan) {
      return new PlanView(plan.id(), plan.owner(), plan.areaPlan(), plan.editable(), plan.programmeAreaId(),
          plan.programmeArea(), plan.title(), plan.fromYear(), plan.toYear(), plan.status().name(),
          plan.allocationKey().name(), plan.version());
    }
  }

  public record GoalView(long id, int number, String title, String description, long version) {
    static GoalView of(PlanGoal goal) {
      return new GoalView(goal.id(), goal.number(), goal.title(), goal.description(), goal.version());
    }
  }

  public record InitiativeView(long id, String code, String title) {
    static InitiativeView of(PlanInitiative initiative) {
      return new InitiativeView(initiative.id(), initiative.code(), initiative.title());
    }
  }

  public record ProgressView(String period, String status, String comment, OffsetDateTime writtenAt) {
    static ProgressView of(ActivityProgress progress) {
      return new ProgressView(progress.period(), progress.status().name(), progress.comment(), progress.writtenAt());
    }
  }

  public record ActivityView(
      long id, long goalId, String number, String description, String partners, String responsible,
      LocalDate startsOn, LocalDate endsOn, String term, String followUp, String fundingNote, String status,
      String initiative, String agreementRef, String indicatorRef, List<ProgressView> progress, long version) {
    static ActivityView of(PlanActivity a, String number, String initiative, List<ActivityProgress> progress) {
      return new ActivityView(a.id(), a.goalId(), number, a.description(), a.partners(), a.responsible(),
          a.startsOn().orElse(null), a.endsOn().orElse(null), a.term(), a.followUp(), a.fundingNote(),
          a.status().name(), initiative, a.agreementRef(), a.indicatorRef(),
          progress.stream().map(ProgressView::of).toList(), a.version());
    }
  }

  public record CostView(long id, int year, Long activityId, String costType, AmountView amount, String comment,
      long version) {
    static CostView of(CostRow row) {
      return new CostView(row.id(), row.year(), row.activityId().orElse(null), row.costType(),
          AmountView.of(row.amount()), row.comment(), row.version());
    }
  }

  public record FinancingView(long id, int year, Long activityId, String source, Integer grantYear,
      AmountView amount, String comment, long version) {
    static FinancingView of(FinancingRow row) {
      return new FinancingView(row.id(), row.year(), row.activityId().orElse(null), row.source().name(),
          row.grantYear().orElse(null), AmountView.of(row.amount()), row.comment(), row.version());
    }
  }

  public record InvoiceView(String party, String name, AmountView amount) {}

  public record BalanceView(int year, AmountView costs, AmountView financing, AmountView difference,
      boolean balanced, AmountView jointlyAllocated, List<InvoiceView> invoiceBasis) {
    static BalanceView of(YearBalance balance, Map<String, String> names) {
      return new BalanceView(balance.year(), AmountView.of(balance.costs()), AmountView.of(balance.financing()),
          AmountView.of(balance.difference()), balance.balanced(), AmountView.of(balance.jointlyAllocated()),
          balance.invoiceBasis().entrySet().stream()
              .map(e -> new InvoiceView(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), AmountView.of(e.getValue())))
              .toList());
    }
  }

  public record SheetView(
      PlanView plan, String summary, boolean balanced, List<GoalView> goals, List<ActivityView> activities,
      List<InitiativeView> initiatives, List<CostView> costs, List<FinancingView> financing,
      List<BalanceView> balances, Map<String, Long> weights) {
    static SheetView of(PlanSheet sheet) {
      return new SheetView(
          PlanView.of(sheet.plan()), sheet.summary(), sheet.balanced(),
          sheet.goals().stream().map(GoalView::of).toList(),
          sheet.activities().stream().map(a -> ActivityView.of(a, sheet.numberOf(a), sheet.initiativeCodeOf(a),
              sheet.progress().getOrDefault(a.id(), List.of()))).toList(),
          sheet.initiatives().stream().map(InitiativeView::of).toList(),
          sheet.costs().stream().map(CostView::of).toList(),
          sheet.financing().stream().map(FinancingView::of).toList(),
          sheet.balances().stream().map(b -> BalanceView.of(b, sheet.principals())).toList(),
          sheet.weights());
    }
  }
}
