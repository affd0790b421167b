package se.samverkan.followup.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import se.samverkan.followup.Dashboard;
import se.samverkan.followup.RoundSummary;

/** RUG's dashboard of a year: every SSGB/SSGV group of the area, as far as the region knows it. */
public record DashboardView(int year, LocalDate deadline, long groups, long done, int percentDone, List<Row> rows) {

  /** One group: NOT_SUBMITTED, SUBMITTED, RETURNED, REOPENED or APPROVED. */
  public record Row(String party, String partyName, long groupId, String groupName, String kind, String state,
      Long submissionId, OffsetDateTime submittedAt) {}

  static DashboardView of(Dashboard d) {
    return new DashboardView(d.year(), d.round().map(RoundSummary::deadline).orElse(null), d.rows().size(),
        d.done(), d.percentDone(), d.rows().stream()
            .map(r -> new Row(r.party(), r.partyName(), r.groupId(), r.groupName(), r.kind().name(),
                r.state().name(), r.submissionId().orElse(null), r.submittedAt().orElse(null)))
            .toList());
  }
}
