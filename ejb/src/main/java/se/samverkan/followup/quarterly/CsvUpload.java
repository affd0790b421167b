package se.samverkan.followup.quarterly;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.samverkan.tenants.TenantKind;

/**
 * Checks an uploaded file of figures as a whole: {@code definition_code;quarter;value} with a
 * header row, {@code ;} or {@code ,} between fields (the header tells which), a decimal comma or
 * point, UTF-8 with or without a byte order mark. Every line is checked, so the answer names every
 * bad line at once; a file with any bad line is not imported at all.
 *
 * <p>With {@code ,} between fields a decimal comma must be quoted ({@code "12,5"}), as
 * spreadsheets write it.
 */
public final class CsvUpload {

  public static final int MAX_BYTES = 512 * 1024;
  public static final int MAX_ROWS = 5_000;
  static final List<String> HEADER = List.of("definition_code", "quarter", "value");

  /** The lines ready to import, or the problems; never both. */
  public record Checked(List<UploadRow> rows, List<RowProblem> problems) {
    public Checked {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  private CsvUpload() {}

  public static Checked check(byte[] file, Map<String, Definition> byCode, TenantKind party, Quarter current) {
    if (file.length > MAX_BYTES) {
      return rejected(new RowProblem(0, RowProblem.Kind.FILE_TOO_LARGE, String.valueOf(MAX_BYTES)));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file)).toString();
    } catch (CharacterCodingException e) {
      return rejected(new RowProblem(0, RowProblem.Kind.NOT_UTF8, ""));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    int headerLine = firstNonBlank(lines);
    if (headerLine < 0) {
      return rejected(new RowProblem(0, RowProblem.Kind.NO_ROWS, ""));
    }
    char separator = lines[headerLine].indexOf(';') >= 0 ? ';' : ',';
    List<String> header = fields(lines[headerLine], separator).stream()
        .map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
    if (!header.equals(HEADER)) {
      return rejected(new RowProblem(headerLine + 1, RowProblem.Kind.NO_HEADER, ""));
    }

    List<UploadRow> rows = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int count = 0;
    for (int i = headerLine + 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      if (++count > MAX_ROWS) {
        return rejected(new RowProblem(0, RowProblem.Kind.TOO_MANY_ROWS, String.valueOf(MAX_ROWS)));
      }
      int line = i + 1;
      List<String> fields = fields(lines[i], separator);
      if (fields.size() != 3) {
        problems.add(new RowProblem(line, RowProblem.Kind.FIELD_COUNT, String.valueOf(fields.size())));
        continue;
      }
      String code = fields.get(0).strip().toUpperCase(Locale.ROOT);
      String quarterText = fields.get(1).strip();
      String valueText = fields.get(2).strip();
      int before = problems.size();

      Definition definition = byCode.get(code);
      if (definition == null) {
        problems.add(new RowProblem(line, RowProblem.Kind.UNKNOWN_CODE, fields.get(0).strip()));
      }
      Optional<Quarter> quarter = quarter(quarterText);
      if (quarter.isEmpty()) {
        problems.add(new RowProblem(line, RowProblem.Kind.BAD_QUARTER, quarterText));
      }
      if (definition != null && quarter.isPresent()) {
        FigureRules.checkQuarter(definition, party, quarter.get(), current)
            .ifPresent(k -> problems.add(new RowProblem(line, k,
                k == RowProblem.Kind.OUTSIDE_PERIOD || k == RowProblem.Kind.FUTURE_QUARTER
                    ? quarter.get().toString() : definition.code())));
      }
      Optional<BigDecimal> value = FigureRules.parse(valueText);
      if (value.isEmpty()) {
        problems.add(new RowProblem(line, RowProblem.Kind.NOT_A_NUMBER, valueText));
      } else if (definition != null) {
        FigureRules.checkValue(definition, value.get()).ifPresent(k -> problems.add(new RowProblem(line, k, valueText)));
      }
      if (definition != null && quarter.isPresent()) {
        Integer first = seen.putIfAbsent(definition.code() + "|" + quarter.get(), line);
        if (first != null) {
          problems.add(new RowProblem(line, RowProblem.Kind.DUPLICATE, String.valueOf(first)));
        }
      }
      if (problems.size() == before) {
        rows.add(new UploadRow(line, definition, quarter.get(), value.get()));
      }
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      return rejected(new RowProblem(0, RowProblem.Kind.NO_ROWS, ""));
    }
    return problems.isEmpty() ? new Checked(rows, List.of()) : new Checked(List.of(), problems);
  }

  private static Optional<Quarter> quarter(String text) {
    try {
      return Optional.of(Quarter.parse(text));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static int firstNonBlank(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** Splits a line; a field in double quotes may hold the separator ({@code ""} is a quote). */
  static List<String> fields(String line, char separator) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        field.setLength(0);
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static Checked rejected(RowProblem problem) {
    return new Checked(List.of(), List.of(problem));
  }
}
