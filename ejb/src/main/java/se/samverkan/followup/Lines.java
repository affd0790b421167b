package se.samverkan.followup;

import java.util.Arrays;
import java.util.List;

/** Lists kept one item a line in a text column (choices, column headings, table rows). */
final class Lines {

  private Lines() {}

  static String join(List<String> items) {
    return items.isEmpty() ? null : String.join("\n", items);
  }

  static List<String> split(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
