package se.samverkan.coordination.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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

  @Test
  void keepsOneSectionPerTargetGroupAndDropsEmptyOnes() {
    analysis.write(content(" Sammanfattning ",
        section(TargetGroup.SUBSTANCE_USE, "Fler unga med spelproblem"),
        section(TargetGroup.CHILDREN, "  "),
        section(TargetGroup.MENTAL_DISABILITY, "Boendestöd saknas")), NOW);

    AnalysisContent written = analysis.content();
    assertThat(written.summary()).isEqualTo("Sammanfattning");
    assertThat(written.sections()).extracting(SectionContent::targetGroup)
        .containsExactly(TargetGroup.MENTAL_DISABILITY, TargetGroup.SUBSTANCE_USE);

    analysis.write(content("Ny", section(TargetGroup.SUBSTANCE_USE, "Ändrad bild")), NOW);
    assertThat(analysis.content().sections()).singleElement()
        .satisfies(s -> assertThat(s.currentPicture()).isEqualTo("Ändrad bild"));
  }

  @Test
  void aCompletedAnalysisIsReopenedBeforeItChanges() {
    analysis.write(content("Sammanfattning"), NOW);
    analysis.complete(NOW);
    assertThat(analysis.status()).isEqualTo(AnalysisStatus.COMPLETED);
    assertThat(analysis.completedAt()).contains(NOW);

    assertThatThrownBy(() -> analysis.write(content("Ändrad"), NOW)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> analysis.complete(NOW)).isInstanceOf(ConflictException.class);

    analysis.reopen();
    assertThat(analysis.status()).isEqualTo(AnalysisStatus.DRAFT);
    assertThat(analysis.completedAt()).isEmpty();
    analysis.write(content("Ändrad"), NOW);
    assertThat(analysis.content().summary()).isEqualTo("Ändrad");
    assertThatThrownBy(analysis::reopen).isInstanceOf(ConflictException.class);
  }

  @Test
  void completingNeedsTheSummary() {
    analysis.write(content(" ", section(TargetGroup.CHILDREN, "Bild")), NOW);
    assertThatThrownBy(() -> analysis.complete(NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("summary"));
    assertThat(analysis.status()).isEqualTo(AnalysisStatus.DRAFT);
  }

  private static AnalysisContent content(String summary, SectionContent... sections) {
    return new AnalysisContent(summary, List.of(sections));
  }

  private static SectionContent section(TargetGroup targetGroup, String currentPicture) {
    return new SectionContent(targetGroup, currentPicture, null, null, null);
  }
}
