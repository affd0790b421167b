package se.samverkan.agreement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small markup a section's body is written in, and its only way to HTML. Stored text is never
 * HTML: everything is escaped first, and only the markup's own constructs become tags, so no
 * script or attribute the author typed can get through.
 *
 * <ul>
 *   <li>a blank line separates paragraphs;
 *   <li>lines starting with {@code "- "} form a bulleted list, {@code "1. "} a numbered one;
 *   <li>a line starting with {@code "### "} is a sub-heading;
 *   <li>{@code **bold**} and {@code _italic_} inside a line.
 * </ul>
 */
public final class Markup {

  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern ITALIC = Pattern.compile("(?<![\\p{L}\\p{N}])_(.+?)_(?![\\p{L}\\p{N}])");
  private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.\\s+(.*)$");

  private Markup() {}

  public static String toHtml(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder html = new StringBuilder();
    String list = null;
    StringBuilder paragraph = new StringBuilder();
    for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String line = raw.strip();
      String item = null;
      String kind = null;
      if (line.startsWith("- ") || line.startsWith("* ") && !line.startsWith("**")) {
        item = line.substring(2).strip();
        kind = "ul";
      } else {
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.matches()) {
          item = numbered.group(1);
          kind = "ol";
        }
      }
      if (item != null) {
        flushParagraph(html, paragraph);
        if (!kind.equals(list)) {
          closeList(html, list);
          html.append('<').append(kind).append('>');
          list = kind;
        }
        html.append("<li>").append(inline(item)).append("</li>");
        continue;
      }
      closeList(html, list);
      list = null;
      if (line.isEmpty()) {
        flushParagraph(html, paragraph);
      } else if (line.startsWith("### ")) {
        flushParagraph(html, paragraph);
        html.append("<h4>").append(inline(line.substring(4).strip())).append("</h4>");
      } else {
        if (paragraph.length() > 0) {
          paragraph.append("<br/>");
        }
        paragraph.append(inline(line));
      }
    }
    closeList(html, list);
    flushParagraph(html, paragraph);
    return html.toString();
  }

  /** The text without markup, for the PDF and for word comparison. */
  public static String plain(String text) {
    if (text == null) {
      return "";
    }
    return ITALIC.matcher(BOLD.matcher(text).replaceAll("$1")).replaceAll("$1");
  }

  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String inline(String line) {
    String escaped = escape(line);
    escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
    return ITALIC.matcher(escaped).replaceAll("<em>$1</em>");
  }

  private static void flushParagraph(StringBuilder html, StringBuilder paragraph) {
    if (paragraph.length() > 0) {
      html.append("<p>").append(paragraph).append("</p>");
      paragraph.setLength(0);
    }
  }

  private static void closeList(StringBuilder html, String list) {
    if (list != null) {
      html.append("</").append(list).append('>');
    }
  }
}
