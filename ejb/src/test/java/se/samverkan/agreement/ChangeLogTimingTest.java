package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures (prints, does not assert a time) the change log of two 40-section versions with about
 * 250 words per section, half of the sections changed: the cost of the compare view's computing.
 */
class ChangeLogTimingTest {

  @Test
  void fortySectionsAgainstForty() {
    List<SectionText> before = new ArrayList<>();
    List<SectionText> after = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 250; w++) {
        text.append("ord").append((w * 7 + i) % 97).append(' ');
      }
      String body = text.toString().strip();
      before.add(new SectionText("k" + i, i, "Avsnitt " + i, body));
      after.add(new SectionText("k" + i, i, "Avsnitt " + i,
          i % 2 == 0 ? body.replace("ord5 ", "nytt ord ").replace("ord11", "ändrat") : body));
    }
    for (int warm = 0; warm < 5; warm++) {
      ChangeLog.between(before, after);
    }
    long started = System.nanoTime();
    List<SectionChange> changes = ChangeLog.between(before, after);
    long micros = (System.nanoTime() - started) / 1000;
    System.out.printf("change log of two 40-section versions (250 words each, 20 changed): %d µs%n", micros);
    assertThat(changes).hasSize(40);
    assertThat(changes.stream().filter(c -> c.kind() == SectionChange.Kind.CHANGED)).hasSize(20);
  }
}
