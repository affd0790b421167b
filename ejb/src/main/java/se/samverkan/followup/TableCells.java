package se.samverkan.followup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A table answer in one text column: rows by line, cells by tab (neither occurs in a cell). */
final class TableCells {

  private TableCells() {}

  static String encode(List<List<String>> rows) {
    if (rows.isEmpty()) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      lines.add(String.join("\t", row.stream().map(TableCells::clean).toList()));
    }
    return String.join("\n", lines);
  }

  static List<List<String>> decode(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(text.split("\n", -1)).map(line -> List.of(line.split("\t", -1))).toList();
  }

  private static String clean(String cell) {
    return cell == null ? "" : cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
  }
}
