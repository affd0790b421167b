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
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = word(a.get(i)).equals(word(b.get(j)))
            ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder removed = new StringBuilder();
    StringBuilder added = new StringBuilder();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && word(a.get(i)).equals(word(b.get(j)))) {
        flush(parts, removed, added);
        append(parts, Kind.SAME, b.get(j));
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        added.append(b.get(j++));
      } else {
        removed.append(a.get(i++));
      }
    }
    flush(parts, removed, added);
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

  private static String word(String token) {
    return token.strip();
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
