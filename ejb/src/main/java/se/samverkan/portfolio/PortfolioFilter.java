package se.samverkan.portfolio;

import java.util.Optional;

/** What the overview shows: projects of a goal area, of an owner, with a latest status, running in a year. */
public record PortfolioFilter(
    Optional<Long> goalAreaId, Optional<String> owner, Optional<Rag> status, Optional<Integer> year) {

  public static final PortfolioFilter ALL =
      new PortfolioFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public PortfolioFilter {
    owner = owner.map(String::strip).filter(o -> !o.isEmpty());
  }

  boolean admits(ProjectRow row) {
    return goalAreaId.map(id -> id == row.project().goalAreaId()).orElse(true)
        && owner.map(o -> o.equalsIgnoreCase(row.project().ownerOrganisation())).orElse(true)
        && status.map(s -> row.latest().map(l -> l.status() == s).orElse(false)).orElse(true)
        && year.map(y -> row.project().runsIn(y)).orElse(true);
  }
}
