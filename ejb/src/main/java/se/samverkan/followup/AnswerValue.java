package se.samverkan.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What a group answers to one indicator; the indicator's kind says which part counts. */
public record AnswerValue(
    Optional<String> text, Optional<BigDecimal> number, Optional<String> choice, List<List<String>> table) {

  public AnswerValue {
    text = text.map(String::strip).filter(t -> !t.isEmpty());
    choice = choice.map(String::strip).filter(t -> !t.isEmpty());
    table = table.stream().map(List::copyOf).filter(r -> r.stream().anyMatch(c -> c != null && !c.isBlank())).toList();
  }

  public static AnswerValue none() {
    return new AnswerValue(Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }
}
