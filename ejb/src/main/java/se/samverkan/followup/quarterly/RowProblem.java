package se.samverkan.followup.quarterly;

/**
 * What is wrong with one line of an uploaded file (line 0: the file as a whole). The detail is
 * the piece of the line concerned, cut short; the UI words the kind in the reader's language.
 */
public record RowProblem(int line, Kind kind, String detail) implements java.io.Serializable {

  public static final int DETAIL_LENGTH = 40;

  public enum Kind {
    FILE_TOO_LARGE("the file is larger than %s bytes"),
    NOT_UTF8("the file is not UTF-8 text"),
    NO_HEADER("the first line must be the header definition_code;quarter;value"),
    NO_ROWS("the file has no rows of figures"),
    TOO_MANY_ROWS("the file has more than %s rows of figures"),
    FIELD_COUNT("expected three fields (definition_code;quarter;value), found %s"),
    UNKNOWN_CODE("no indicator has the code '%s'"),
    RETIRED("the indicator %s is retired"),
    NOT_REPORTED_BY_YOU("the indicator %s is not reported by your party"),
    BAD_QUARTER("'%s' is not a quarter; write YYYY-Qn, e.g. 2025-Q3"),
    OUTSIDE_PERIOD("%s is outside the indicator's period"),
    FUTURE_QUARTER("%s has not begun yet"),
    NOT_A_NUMBER("'%s' is not a number"),
    TOO_MANY_DECIMALS("'%s' has more than three decimals"),
    TOO_LARGE_NUMBER("'%s' is too large"),
    NEGATIVE("'%s' is negative, which the indicator's unit does not allow"),
    ABOVE_MAXIMUM("'%s' is more than the unit allows (a share is at most 100)"),
    DUPLICATE("the same indicator and quarter as line %s");

    private final String english;

    Kind(String english) {
      this.english = english;
    }

    public String english(String detail) {
      return String.format(english, detail);
    }
  }

  public RowProblem {
    detail = detail == null ? "" : detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) + "…" : detail;
  }

  /** "Line 3: …" in English, for the API. */
  public String message() {
    String text = kind.english(detail);
    return line == 0 ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : "Line " + line + ": " + text;
  }
}
