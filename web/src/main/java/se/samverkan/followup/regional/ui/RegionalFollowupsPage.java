package se.samverkan.followup.regional.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import se.samverkan.followup.regional.PublicationSummary;
import se.samverkan.followup.regional.RegionalFollowupService;
import se.samverkan.platform.Clocks;

/**
 * The published regional follow-ups of the area, for everyone in it; for RUG and the secretariat
 * also a plain GET form that opens the working compilation of a year and target group.
 */
@Named
@RequestScoped
public class RegionalFollowupsPage {

  static final int YEARS_BACK = 6;

  @Inject RegionalFollowupService followups;
  @Inject Clock clock;

  private List<PublicationSummary> published;

  public List<PublicationSummary> getPublished() {
    if (published == null) {
      published = followups.publications();
    }
    return published;
  }

  public boolean isCanCompile() {
    return followups.canCompile();
  }

  /** Last year first: the follow-up is written the year after. */
  public List<Integer> getYears() {
    int last = LocalDate.now(clock).getYear() - 1;
    return IntStream.rangeClosed(0, YEARS_BACK).mapToObj(i -> last + 1 - i).toList();
  }

  public int getDefaultYear() {
    return LocalDate.now(clock).getYear() - 1;
  }

  public String when(Instant instant) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(Clocks.SWEDEN));
  }
}
