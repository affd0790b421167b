package se.samverkan.followup.api;

import java.util.List;
import se.samverkan.followup.IndicatorSetDetails;
import se.samverkan.followup.IndicatorSetSummary;

/** An indicator set; with its indicators when one set is read. */
public record IndicatorSetView(
    long id, int validFromYear, String name, long version, Boolean inUse, List<IndicatorView> indicators) {

  static IndicatorSetView of(IndicatorSetSummary set) {
    return new IndicatorSetView(set.id(), set.validFromYear(), set.name(), set.version(), null, null);
  }

  static IndicatorSetView of(IndicatorSetDetails details) {
    var set = details.set();
    return new IndicatorSetView(set.id(), set.validFromYear(), set.name(), set.version(), details.inUse(),
        details.indicators().stream().map(IndicatorView::of).toList());
  }
}
