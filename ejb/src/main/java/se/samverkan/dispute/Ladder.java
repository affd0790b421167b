package se.samverkan.dispute;

import java.util.List;
import java.util.Optional;

/**
 * The ladder a municipality uses now, with the version to send back when changing it (none while
 * the agreement's default applies).
 */
public record Ladder(List<LadderStep> steps, Optional<Long> version) {

  public Ladder {
    steps = List.copyOf(steps);
  }

  public boolean isDefault() {
    return version.isEmpty();
  }
}
