package id.terpadu.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for exports that people open in a spreadsheet (reports, handover lists, KLA values): RFC 4180 quoting, and
 * a text cell a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return first) is written with a
 * leading {@code '} so it stays text. Numbers are written as they are (a negative number is not a formula).
 */
public final class CsvCells {

  private CsvCells() {}

  /** One cell of a comma-separated line. */
  public static String cell(Object value) {
    return cell(value, ',');
  }

  /**
   * One cell of a line separated by {@code separator} ({@code ,} or {@code ;}: the rejected rows of an import are
   * written with the separator of the file imported).
   */
  public static String cell(Object value, char separator) {
    if (value == null) {
      return "";
    }
    String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(separator) >= 0 || text.contains(",") || text.contains("\"") || text.contains("\n")
        || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** One line of cells, without its line end. */
  public static String line(List<?> cells) {
    return line(cells, ',');
  }

  /** One line of cells separated by {@code separator}, without its line end. */
  public static String line(List<?> cells, char separator) {
    return cells.stream().map(c -> cell(c, separator)).collect(Collectors.joining(String.valueOf(separator)));
  }
}
