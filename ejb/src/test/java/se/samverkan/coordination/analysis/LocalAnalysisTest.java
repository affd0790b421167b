package se.samverkan.coordination.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;

/** The analysis's own rules, without a database: sections per target group, draft and completed. */
class LocalAnalysisTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final LocalAnalysis analysis = new LocalAnalysis(null, new FollowUpYear(2026));
  /** The sections as the service would store them. */
  private final List<AnalysisSection> stored = new ArrayList<>();

  @Test
  void keepsOneSectionPerTargetGroupAndDropsEmptyOnes() {
    write(content(" Sammanfattning ",
        section(TargetGroup.SUBSTANCE_USE, "Fler unga med spelproblem"),
        section(TargetGroup.CHILDREN, "  "),
        section(TargetGroup.MENTAL_DISABILITY, "Boendestöd saknas")));

    AnalysisContent written = analysis.content(stored);
    assertThat(written.summary()).isEqualTo("Sammanfattning");
    assertThat(written.sections()).extracting(SectionContent::targetGroup)
        .containsExactly(TargetGroup.MENTAL_DISABILITY, TargetGroup.SUBSTANCE_USE);

    AnalysisSection substanceUse = stored.stream()
        .filter(s -> s.targetGroup() == TargetGroup.SUBSTANCE_USE).findFirst().orElseThrow();
    LocalAnalysis.SectionChanges changes = write(content("Ny", section(TargetGroup.SUBSTANCE_USE, "Ändrad bild")));
    assertThat(changes.added()).as("a target group written before keeps its row").isEmpty();
    assertThat(changes.removed()).extracting(AnalysisSection::targetGroup).containsExactly(TargetGroup.MENTAL_DISABILITY);
    assertThat(stored).containsExactly(substanceUse);
    assertThat(analysis.content(stored).sections()).singleElement()
        .satisfies(s -> assertThat(s.currentPicture()).isEqualTo("Ändrad bild"));
  }

  @Test
  void aCompletedAnalysisIsReopenedBeforeItChanges() {
    write(content("Sammanfattning"));
    analysis.complete(NOW);
    assertThat(analysis.status()).isEqualTo(AnalysisStatus.COMPLETED);
    assertThat(analysis.completedAt()).contains(NOW);

    assertThatThrownBy(() -> write(content("Ändrad"))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> analysis.complete(NOW)).isInstanceOf(ConflictException.class);

    analysis.reopen();
    assertThat(analysis.status()).isEqualTo(AnalysisStatus.DRAFT);
    assertThat(analysis.completedAt()).isEmpty();
    write(content("Ändrad"));
    assertThat(analysis.content(stored).summary()).isEqualTo("Ändrad");
    assertThatThrownBy(analysis::reopen).isInstanceOf(ConflictException.class);
  }

  @Test
  void completingNeedsTheSummary() {
    write(content(" ", section(TargetGroup.CHILDREN, "Bild")));
    assertThatThrownBy(() -> analysis.complete(NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("summary"));
    assertThat(analysis.status()).isEqualTo(AnalysisStatus.DRAFT);
  }

  private LocalAnalysis.SectionChanges write(AnalysisContent content) {
    LocalAnalysis.SectionChanges changes = analysis.write(content, List.copyOf(stored), NOW);
    stored.removeAll(changes.removed());
    stored.addAll(changes.added());
    return changes;
  }

  private static AnalysisContent content(String summary, SectionContent... sections) {
    return new AnalysisContent(summary, List.of(sections));
  }

  private static SectionContent section(TargetGroup targetGroup, String currentPicture) {
    return new SectionContent(targetGroup, currentPicture, null, null, null);
  }
}
