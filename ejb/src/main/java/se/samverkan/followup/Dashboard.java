package se.samverkan.followup;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The year's round for RUG: per municipality and group, not submitted / submitted / returned /
 * approved / reopened, and the share done (approved).
 */
public record Dashboard(int year, Optional<RoundSummary> round, List<DashboardRow> rows) {

  /** The states the region can see, in the order they are shown. */
  public static final List<ReportState> STATES = List.of(ReportState.NOT_SUBMITTED, ReportState.SUBMITTED,
      ReportState.RETURNED, ReportState.REOPENED, ReportState.APPROVED);

  public long done() {
    return rows.stream().filter(r -> r.state().isDone()).count();
  }

  /** Approved groups in per cent of all groups, rounded down; 0 when the area has no groups. */
  public int percentDone() {
    return rows.isEmpty() ? 0 : (int) (done() * 100 / rows.size());
  }

  /** Per municipality (by name), the number of groups in each state. */
  public Map<String, Map<ReportState, Long>> byParty() {
    Map<String, Map<ReportState, Long>> counts = new LinkedHashMap<>();
    for (DashboardRow row : rows) {
      Map<ReportState, Long> states = counts.computeIfAbsent(row.partyName(), p -> {
        Map<ReportState, Long> zero = new EnumMap<>(ReportState.class);
        STATES.forEach(s -> zero.put(s, 0L));
        return zero;
      });
      states.merge(row.state(), 1L, Long::sum);
    }
    return counts;
  }
}
