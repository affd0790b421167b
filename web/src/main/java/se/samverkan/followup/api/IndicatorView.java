package se.samverkan.followup.api;

import java.util.List;
import se.samverkan.followup.IndicatorRow;

/** An indicator as the area reads it. */
public record IndicatorView(
    long id, int position, String code, String heading, String guidance, String kind, String source,
    List<String> choices, List<String> tableColumns, boolean required, long version) {

  static IndicatorView of(IndicatorRow row) {
    var d = row.definition();
    return new IndicatorView(row.id(), row.position(), d.code(), d.heading(), d.guidance().orElse(null),
        d.kind().name(), d.source().map(Enum::name).orElse(null), d.choices(), d.tableColumns(), d.required(),
        row.version());
  }
}
