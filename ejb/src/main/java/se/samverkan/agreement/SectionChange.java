package se.samverkan.agreement;

import java.util.List;

/**
 * One section in the change log between two versions.
 *
 * @param before the section in the earlier version (null when added)
 * @param after the section in the later version (null when removed)
 * @param body the word-level diff of the bodies (all SAME when unchanged)
 */
public record SectionChange(
    Kind kind, SectionText before, SectionText after, List<WordDiff.Part> heading,
    List<WordDiff.Part> body) {

  /** What happened to the section. */
  public enum Kind {
    ADDED,
    CHANGED,
    REMOVED,
    UNCHANGED
  }
}
