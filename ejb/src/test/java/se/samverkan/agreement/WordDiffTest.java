package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samverkan.agreement.WordDiff.Kind;
import se.samverkan.agreement.WordDiff.Part;

class WordDiffTest {

  @Test
  void keepsCommonWordsAndGroupsTheChangedPhrase() {
    assertThat(WordDiff.between("Överenskommelsen gäller till 2025-06-30 för barn",
        "Överenskommelsen gäller till 2029-12-31 för barn och unga"))
        .containsExactly(
            new Part(Kind.SAME, "Överenskommelsen gäller till "),
            new Part(Kind.REMOVED, "2025-06-30 "),
            new Part(Kind.ADDED, "2029-12-31 "),
            new Part(Kind.SAME, "för barn "),
            new Part(Kind.ADDED, "och unga"));
  }

  @Test
  void identicalTextsAreOneSamePart() {
    assertThat(WordDiff.between("a b c", "a b c")).containsExactly(new Part(Kind.SAME, "a b c"));
  }

  @Test
  void fromAndToNothing() {
    assertThat(WordDiff.between("", "ny text")).containsExactly(new Part(Kind.ADDED, "ny text"));
    assertThat(WordDiff.between("gammal text", "")).containsExactly(new Part(Kind.REMOVED, "gammal text"));
  }

  @Test
  void reassemblesBothTextsFromTheParts() {
    String before = "Parterna ska gemensamt ta fram rutiner för SIP och följa upp dem årligen.";
    String after = "Parterna ska tillsammans ta fram och förankra rutiner för SIP och följa upp dem.";
    var parts = WordDiff.between(before, after);
    String old = parts.stream().filter(p -> p.kind() != Kind.ADDED).map(Part::text).reduce("", String::concat);
    String now = parts.stream().filter(p -> p.kind() != Kind.REMOVED).map(Part::text).reduce("", String::concat);
    assertThat(old.replaceAll("\\s+", " ").strip()).isEqualTo(before);
    assertThat(now.replaceAll("\\s+", " ").strip()).isEqualTo(after);
  }
}
