package se.samverkan.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The change log between two versions, section by section. Sections are paired by their key,
 * which a section keeps when a new version is copied from an old one, so a renamed or moved
 * section is "changed", not "removed and added". The result follows the later version's order,
 * with removed sections placed after the section that preceded them in the earlier version.
 */
public final class ChangeLog {

  private ChangeLog() {}

  public static List<SectionChange> between(List<SectionText> before, List<SectionText> after) {
    Map<String, SectionText> old = new LinkedHashMap<>();
    before.stream().sorted(Comparator.comparingInt(SectionText::position)).forEach(s -> old.put(s.key(), s));
    Map<String, SectionText> now = new LinkedHashMap<>();
    after.stream().sorted(Comparator.comparingInt(SectionText::position)).forEach(s -> now.put(s.key(), s));

    // removed sections, each kept with the key of the section before it in the earlier version
    Map<String, List<SectionText>> removedAfter = new LinkedHashMap<>();
    List<SectionText> removedFirst = new ArrayList<>();
    String previous = null;
    for (SectionText section : old.values()) {
      if (!now.containsKey(section.key())) {
        if (previous == null) {
          removedFirst.add(section);
        } else {
          removedAfter.computeIfAbsent(previous, k -> new ArrayList<>()).add(section);
        }
      } else {
        previous = section.key();
      }
    }

    List<SectionChange> changes = new ArrayList<>();
    removedFirst.forEach(s -> changes.add(removed(s)));
    for (SectionText section : now.values()) {
      SectionText earlier = old.get(section.key());
      if (earlier == null) {
        changes.add(new SectionChange(SectionChange.Kind.ADDED, null, section,
            List.of(new WordDiff.Part(WordDiff.Kind.ADDED, section.heading())),
            List.of(new WordDiff.Part(WordDiff.Kind.ADDED, section.body()))));
      } else {
        boolean same = earlier.heading().equals(section.heading()) && earlier.body().equals(section.body());
        changes.add(same
            ? new SectionChange(SectionChange.Kind.UNCHANGED, earlier, section,
                List.of(new WordDiff.Part(WordDiff.Kind.SAME, section.heading())),
                List.of(new WordDiff.Part(WordDiff.Kind.SAME, section.body())))
            : new SectionChange(SectionChange.Kind.CHANGED, earlier, section,
                WordDiff.between(earlier.heading(), section.heading()),
                WordDiff.between(earlier.body(), section.body())));
      }
      removedAfter.getOrDefault(section.key(), List.of()).forEach(s -> changes.add(removed(s)));
    }
    return changes;
  }

  private static SectionChange removed(SectionText section) {
    return new SectionChange(SectionChange.Kind.REMOVED, section, null,
        List.of(new WordDiff.Part(WordDiff.Kind.REMOVED, section.heading())),
        List.of(new WordDiff.Part(WordDiff.Kind.REMOVED, section.body())));
  }
}
