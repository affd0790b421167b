package se.samverkan.followup.quarterly;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** An indicator in the list: the latest quarter anyone reported and each party's figure for it. */
public record IndicatorSummary(Definition definition, Optional<Quarter> latest, List<PartyFigure> figures) {

  /** A party's figure (null when it has not reported the quarter). */
  public record PartyFigure(String party, String name, BigDecimal value) {}

  public IndicatorSummary {
    figures = List.copyOf(figures);
  }
}
