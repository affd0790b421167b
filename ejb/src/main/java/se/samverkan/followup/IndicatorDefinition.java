package se.samverkan.followup;

import java.util.List;
import java.util.Optional;
import se.samverkan.shared.InvalidInputException;

/**
 * What an indicator asks, checked as a whole: a recorded count names its source, a choice its
 * options, a table its columns, and nothing else carries them.
 */
public record IndicatorDefinition(
    String code,
    String heading,
    Optional<String> guidance,
    IndicatorKind kind,
    Optional<IndicatorSource> source,
    List<String> choices,
    List<String> tableColumns,
    boolean required) {

  public IndicatorDefinition {
    if (code == null || !code.matches("[A-Z0-9_]{1,40}")) {
      throw new InvalidInputException("code", "Use 1–40 capital letters, digits or _");
    }
    if (heading == null || heading.isBlank() || heading.length() > 300) {
      throw new InvalidInputException("heading", "Give a heading of at most 300 characters");
    }
    heading = heading.strip();
    guidance = guidance.map(String::strip).filter(g -> !g.isEmpty());
    if (guidance.map(String::length).orElse(0) > 4000) {
      throw new InvalidInputException("guidance", "At most 4000 characters");
    }
    if (kind == null) {
      throw new InvalidInputException("kind", "Choose the kind of indicator");
    }
    choices = choices.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    tableColumns = tableColumns.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    if ((kind == IndicatorKind.RECORDED_COUNT) != source.isPresent()) {
      throw new InvalidInputException("source", "A recorded count names where it is counted from; other kinds do not");
    }
    if ((kind == IndicatorKind.CHOICE) != !choices.isEmpty()) {
      throw new InvalidInputException("choices", "A choice has options; other kinds do not");
    }
    if ((kind == IndicatorKind.TABLE) != !tableColumns.isEmpty()) {
      throw new InvalidInputException("tableColumns", "A table has column headings; other kinds do not");
    }
    if (String.join("\n", choices).length() > 4000 || String.join("\n", tableColumns).length() > 4000) {
      throw new InvalidInputException(kind == IndicatorKind.CHOICE ? "choices" : "tableColumns", "Too long");
    }
  }
}
