package id.terpadu.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of RFC 4180 CSV (comma separator) into fields: a field may be enclosed in double
 * quotes, a quoted field may contain commas, and a double quote inside a quoted field is written twice.
 * Line breaks inside quoted fields are not supported (the reference files have none); a line with an
 * unclosed quote is rejected.
 */
public final class CsvLineParser {

  private CsvLineParser() {}

  /**
   * The data rows of a small UTF-8 CSV file on the classpath (such as {@code reference/case-categories.csv}):
   * the header row and blank lines are skipped, every other line is split with {@link #parse}.
   *
   * @throws IllegalStateException if the resource is missing or a line is malformed
   */
  public static List<List<String>> readRows(String classpathResource) {
    InputStream stream = CsvLineParser.class.getClassLoader().getResourceAsStream(classpathResource);
    if (stream == null) {
      throw new IllegalStateException("Missing from the classpath: " + classpathResource);
    }
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      reader.readLine(); // the header
      int lineNumber = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          rows.add(parse(line));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(classpathResource + " line " + lineNumber + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + classpathResource, e);
    }
    return rows;
  }

  /**
   * The fields of one line. An empty line gives one empty field; a trailing carriage return (CRLF files)
   * is ignored.
   *
   * @throws IllegalArgumentException if a quote is not closed, or a closing quote is followed by
   *     something other than a comma or the end of the line
   */
  public static List<String> parse(String line) {
    if (line == null) {
      throw new IllegalArgumentException("CSV line is null");
    }
    int end = line.endsWith("\r") ? line.length() - 1 : line.length();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      field.setLength(0);
      if (i < end && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= end) {
            throw new IllegalArgumentException("Unclosed quote in CSV line");
          }
          char c = line.charAt(i++);
          if (c != '"') {
            field.append(c);
          } else if (i < end && line.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            break;
          }
        }
        if (i < end && line.charAt(i) != ',') {
          throw new IllegalArgumentException("Unexpected character after closing quote at column " + (i + 1));
        }
      } else {
        while (i < end && line.charAt(i) != ',') {
          char c = line.charAt(i++);
          if (c == '"') {
            throw new IllegalArgumentException("Quote inside an unquoted CSV field at column " + i);
          }
          field.append(c);
        }
      }
      fields.add(field.toString());
      if (i >= end) {
        return fields;
      }
      i++; // the comma
    }
  }
}
