package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeLogTest {

  private static SectionText s(String key, int position, String heading, String body) {
    return new SectionText(key, position, heading, body);
  }

  @Test
  void pairsSectionsByKeyAndTellsAddedChangedRemovedAndUnchanged() {
    List<SectionText> before = List.of(
        s("a", 1, "Bakgrund", "Parterna samverkar kring barn."),
        s("b", 2, "Syfte", "Stärka det lokala samarbetet."),
        s("c", 3, "Tvister", "Tvister löses i linjen."));
    List<SectionText> after = List.of(
        s("a", 1, "Bakgrund", "Parterna samverkar kring barn."),
        s("b", 2, "Syfte och mål", "Stärka det lokala och regionala samarbetet."),
        s("d", 3, "Avvikelser", "Avvikelser följs upp lokalt."));

    List<SectionChange> changes = ChangeLog.between(before, after);

    assertThat(changes).extracting(SectionChange::kind).containsExactly(
        SectionChange.Kind.UNCHANGED, SectionChange.Kind.CHANGED, SectionChange.Kind.REMOVED,
        SectionChange.Kind.ADDED);
    assertThat(changes.get(2).before().heading()).isEqualTo("Tvister");
    assertThat(changes.get(2).after()).isNull();
    assertThat(changes.get(3).after().heading()).isEqualTo("Avvikelser");
    assertThat(changes.get(3).before()).isNull();
    assertThat(changes.get(1).heading()).containsExactly(
        new WordDiff.Part(WordDiff.Kind.SAME, "Syfte "),
        new WordDiff.Part(WordDiff.Kind.ADDED, "och mål"));
  }

  @Test
  void aMovedSectionIsChangedOnlyInItsPlaceNotRemovedAndAdded() {
    List<SectionText> before = List.of(s("a", 1, "Ett", "x"), s("b", 2, "Två", "y"));
    List<SectionText> after = List.of(s("b", 1, "Två", "y"), s("a", 2, "Ett", "x"));

    assertThat(ChangeLog.between(before, after)).extracting(SectionChange::kind)
        .containsExactly(SectionChange.Kind.UNCHANGED, SectionChange.Kind.UNCHANGED);
  }

  @Test
  void aSectionRemovedFirstComesFirst() {
    List<SectionChange> changes = ChangeLog.between(
        List.of(s("a", 1, "Ett", "x"), s("b", 2, "Två", "y")), List.of(s("b", 1, "Två", "y")));

    assertThat(changes).extracting(SectionChange::kind)
        .containsExactly(SectionChange.Kind.REMOVED, SectionChange.Kind.UNCHANGED);
  }
}
