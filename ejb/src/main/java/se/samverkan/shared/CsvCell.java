package se.samverkan.shared;

/**
 * One cell of an exported CSV file (RFC 4180, with the file's own separator). A cell a spreadsheet
 * would take for a formula (starting with =, +, -, @, tab or carriage return) is written as text, so
 * an exported file cannot run anything when opened; every export writes its cells through here.
 */
public final class CsvCell {

  private CsvCell() {}

  public static String of(String value, char separator) {
    String text = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    boolean plain = text.chars().noneMatch(c -> c == '"' || c == separator || c == '\r' || c == '\n');
    return plain ? text : "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
