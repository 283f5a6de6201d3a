package id.terpadu.sla;

import id.terpadu.region.CsvLineParser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The holiday list shipped with Terpadu, {@code reference/holidays-id.csv}
 * ({@code date,kind,province_code,name,source}), loaded once into the {@code holiday} table by the
 * migration {@code db.migration.common.V12__Holidays}. {@code source} says where a date comes from:
 * {@code SKB_<year>} (the joint decree of the three ministers for that year), {@code FIXED_DATE} (a
 * holiday on the same date every year), {@code EASTER_DATE} (computed from Easter) or {@code ESTIMATE}
 * (not yet confirmed by a decree; the name ends with "(perkiraan)"). Every row is checked, so a damaged
 * file stops the migration instead of loading half of it.
 */
public final class HolidaySeedFile {

  public static final String RESOURCE = "reference/holidays-id.csv";
  public static final String ESTIMATE = "ESTIMATE";
  static final int NAME_MAX = 200;

  private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
  private static final Pattern SOURCE = Pattern.compile("SKB_\\d{4}|FIXED_DATE|EASTER_DATE|" + ESTIMATE);

  /** One row of the file; {@code provinceCode} null for the whole country. */
  public record Entry(LocalDate date, HolidayKind kind, String provinceCode, String name, String source) {}

  private HolidaySeedFile() {}

  /** Every row of the shipped file, in file order. */
  public static List<Entry> read() {
    return read(RESOURCE);
  }

  /**
   * Every row of a holiday file on the classpath.
   *
   * @throws IllegalStateException naming the row when a field is wrong or a date and province repeat
   */
  static List<Entry> read(String resource) {
    List<List<String>> rows = CsvLineParser.readRows(resource);
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Entry entry = parse(rows.get(i), resource + " row " + (i + 1));
      if (!seen.add(entry.date() + "/" + entry.provinceCode())) {
        throw new IllegalStateException(resource + " row " + (i + 1) + ": " + entry.date()
            + " is listed twice for the same province");
      }
      entries.add(entry);
    }
    return entries;
  }

  private static Entry parse(List<String> fields, String where) {
    if (fields.size() != 5) {
      throw new IllegalStateException(where + ": expected 5 fields, found " + fields.size());
    }
    LocalDate date;
    try {
      date = LocalDate.parse(fields.get(0));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(where + ": not an ISO date: " + fields.get(0), e);
    }
    HolidayKind kind;
    try {
      kind = HolidayKind.valueOf(fields.get(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": unknown kind " + fields.get(1), e);
    }
    String province = fields.get(2).isEmpty() ? null : fields.get(2);
    if (province != null && !PROVINCE.matcher(province).matches()) {
      throw new IllegalStateException(where + ": a province code has 2 digits: " + province);
    }
    String name = fields.get(3).strip();
    if (name.isEmpty() || name.length() > NAME_MAX) {
      throw new IllegalStateException(where + ": name is blank or longer than " + NAME_MAX);
    }
    String source = fields.get(4);
    if (!SOURCE.matcher(source).matches()) {
      throw new IllegalStateException(where + ": unknown source " + source);
    }
    return new Entry(date, kind, province, name, source);
  }
}
