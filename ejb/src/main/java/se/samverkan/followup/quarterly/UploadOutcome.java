package se.samverkan.followup.quarterly;

import java.util.List;

/**
 * What an upload did: either nothing, with every problem found, or everything, with how many
 * figures were added, changed and left as they were.
 */
public record UploadOutcome(List<RowProblem> problems, int added, int changed, int unchanged)
    implements java.io.Serializable {

  public UploadOutcome {
    problems = List.copyOf(problems);
  }

  public static UploadOutcome rejected(List<RowProblem> problems) {
    return new UploadOutcome(problems, 0, 0, 0);
  }

  public static UploadOutcome imported(int added, int changed, int unchanged) {
    return new UploadOutcome(List.of(), added, changed, unchanged);
  }

  public boolean isRejected() {
    return !problems.isEmpty();
  }
}
