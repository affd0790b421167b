package se.samverkan.followup.regional.api;

import java.time.Instant;
import se.samverkan.followup.regional.Compilation;
import se.samverkan.followup.regional.Publication;
import se.samverkan.followup.regional.PublicationSummary;

/** What the API answers. */
public final class RegionalFollowupViews {

  private RegionalFollowupViews() {}

  /** The working compilation with the version of RUG's texts (0: none written yet). */
  public record WorkingView(Compilation compilation, long version) {}

  public record PublicationView(int revision, Instant publishedAt, String publishedBy, Compilation compilation) {
    static PublicationView of(Publication p) {
      return new PublicationView(p.revision(), p.publishedAt(), p.publishedBy(), p.compilation());
    }
  }

  public record PublishedItem(int year, String audience, int revision, Instant publishedAt) {
    static PublishedItem of(PublicationSummary s) {
      return new PublishedItem(s.year(), s.audience().slug(), s.revision(), s.publishedAt());
    }
  }

  public record TextsView(String summary, String priorities, long version) {}
}
