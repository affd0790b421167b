package se.samverkan.followup.regional;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a compilation is made of, as read from the region's snapshots: the latest submission of
 * every report of the kind (all years, any status: the compiler keeps the approved ones), their
 * values and figures, and the area's active groups of the kind.
 */
record Inputs(
    List<SubmissionRow> submissions, List<ValueRow> values, List<FigureValue> figures, List<GroupRow> groups) {

  /** The latest submission of one group's report of one year. */
  record SubmissionRow(long id, String party, long groupId, String groupName, int year, String status,
      String reviewComment) {

    boolean approved() {
      return "APPROVED".equals(status);
    }
  }

  /** A submitted answer of an indicator with figures or text. */
  record ValueRow(long submissionId, String code, String heading, String kind, int position, BigDecimal number,
      String text) {}

  /** One figure (category) of a submitted RECORDED_COUNT answer: the value the group reported. */
  record FigureValue(long submissionId, String code, String key, int position, long value) {}

  /** An active group of the kind in the area. */
  record GroupRow(long id, String party, String name) {}
}
