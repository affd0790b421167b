package se.samverkan.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable word-level diff of two texts: the longest common subsequence of their words, with
 * runs of removed and added words kept together so a reader sees "this phrase became that one".
 * Quadratic in the number of words, which sections of an agreement (hundreds of words) afford.
 */
public final class WordDiff {

  /** What happened to a run of words. */
  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  /** A run of words (with the spaces between them) that shares one fate. */
  public record Part(Kind kind, String text) {}

  private static final Pattern TOKEN = Pattern.compile("\\S+\\s*");

  private WordDiff() {}

  public static List<Part> between(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    String[] wa = a.stream().map(String::strip).toArray(String[]::new);
    String[] wb = b.stream().map(String::strip).toArray(String[]::new);
    // the common beginning and end need no table: most edits touch a few words of a long text
    int head = 0;
    while (head < wa.length && head < wb.length && wa[head].equals(wb[head])) {
      head++;
    }
    int tail = 0;
    while (tail < wa.length - head && tail < wb.length - head
        && wa[wa.length - 1 - tail].equals(wb[wb.length - 1 - tail])) {
      tail++;
    }
    int n = wa.length - head - tail;
    int m = wb.length - head - tail;
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = wa[head + i].equals(wb[head + j])
            ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Part> parts = new ArrayList<>();
    for (int k = 0; k < head; k++) {
      append(parts, Kind.SAME, b.get(k));
    }
    StringBuilder removed = new StringBuilder();
    StringBuilder added = new StringBuilder();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && wa[head + i].equals(wb[head + j])) {
        flush(parts, removed, added);
        append(parts, Kind.SAME, b.get(head + j));
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        added.append(b.get(head + j++));
      } else {
        removed.append(a.get(head + i++));
      }
    }
    flush(parts, removed, added);
    for (int k = wb.length - tail; k < wb.length; k++) {
      append(parts, Kind.SAME, b.get(k));
    }
    return parts;
  }

  private static void flush(List<Part> parts, StringBuilder removed, StringBuilder added) {
    if (removed.length() > 0) {
      append(parts, Kind.REMOVED, removed.toString());
      removed.setLength(0);
    }
    if (added.length() > 0) {
      append(parts, Kind.ADDED, added.toString());
      added.setLength(0);
    }
  }

  private static void append(List<Part> parts, Kind kind, String text) {
    if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
      Part last = parts.remove(parts.size() - 1);
      parts.add(new Part(kind, last.text() + text));
    } else {
      parts.add(new Part(kind, text));
    }
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher matcher = TOKEN.matcher(text.strip());
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }
}
