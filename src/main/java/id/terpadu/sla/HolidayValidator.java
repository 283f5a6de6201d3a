package id.terpadu.sla;

import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The rules for a day off and for the holiday list's filters. Every broken field is reported at once,
 * with a message in Bahasa Indonesia; nothing is stored unless all are right.
 */
@Component
class HolidayValidator {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  static final int NAME_MIN = 3;
  static final int NAME_MAX = HolidaySeedFile.NAME_MAX;
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
  private static final String KINDS = "NATIONAL_HOLIDAY (libur nasional) atau COLLECTIVE_LEAVE (cuti bersama)";

  /** A day off that passed validation; {@code provinceCode} null for the whole country. */
  record ValidHoliday(LocalDate date, String name, HolidayKind kind, String provinceCode) {}

  /** Which day off: a date and a province (null: the national one). */
  record HolidayKey(LocalDate date, String provinceCode) {}

  /** A year and a province (null: every province). */
  record Filters(int year, String provinceCode) {}

  private final RegionDirectory regions;

  HolidayValidator(RegionDirectory regions) {
    this.regions = regions;
  }

  /** @throws ApiException {@code VALIDATION_FAILED} listing every invalid field */
  ValidHoliday validate(HolidayInput in) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate date = date("date", in.date(), problems);

    String name = trim(in.name());
    if (name == null) {
      problems.add(new FieldProblem("name", "REQUIRED", "Nama hari libur wajib diisi."));
    } else if (name.length() < NAME_MIN || name.length() > NAME_MAX) {
      problems.add(new FieldProblem("name", "LENGTH", "Nama hari libur harus " + NAME_MIN + "–" + NAME_MAX
          + " karakter."));
    }

    HolidayKind kind = null;
    String kindText = trim(in.kind());
    if (kindText == null) {
      problems.add(new FieldProblem("kind", "REQUIRED", "Jenis hari libur wajib diisi: " + KINDS + "."));
    } else if (Arrays.stream(HolidayKind.values()).noneMatch(k -> k.name().equals(kindText))) {
      problems.add(new FieldProblem("kind", "UNKNOWN_CODE", "Jenis hari libur tidak dikenal: " + kindText
          + ". Pilih " + KINDS + "."));
    } else {
      kind = HolidayKind.valueOf(kindText);
    }

    String province = province("provinceCode", in.provinceCode(), problems);
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new ValidHoliday(date, name, kind, province);
  }

  /**
   * The date of a day off to remove and its optional province.
   *
   * @throws ApiException {@code VALIDATION_FAILED}
   */
  HolidayKey validateKey(String date, String provinceCode) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate parsed = date("date", date, problems);
    String province = province("province", provinceCode, problems);
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new HolidayKey(parsed, province);
  }

  /**
   * The year of a list (4 digits, {@value #FIRST_YEAR}–{@value #LAST_YEAR}) and its optional province.
   *
   * @throws ApiException {@code VALIDATION_FAILED}
   */
  Filters validateFilters(String year, String provinceCode) {
    List<FieldProblem> problems = new ArrayList<>();
    int parsed = 0;
    String text = trim(year);
    if (text == null || !YEAR.matcher(text).matches()) {
      problems.add(new FieldProblem("year", "FORMAT", "Tahun harus 4 angka, misalnya 2026."));
    } else {
      parsed = Integer.parseInt(text);
      if (parsed < FIRST_YEAR || parsed > LAST_YEAR) {
        problems.add(yearRange("year"));
      }
    }
    String province = province("province", provinceCode, problems);
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new Filters(parsed, province);
  }

  /** A required ISO date (yyyy-MM-dd) in the supported years; null when it is not one. */
  private static LocalDate date(String field, String value, List<FieldProblem> problems) {
    String text = trim(value);
    if (text == null) {
      problems.add(new FieldProblem(field, "REQUIRED", "Tanggal wajib diisi."));
      return null;
    }
    LocalDate date = null;
    if (ISO_DATE.matcher(text).matches()) {
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // no such day (2031-02-30): reported below
      }
    }
    if (date == null) {
      problems.add(new FieldProblem(field, "FORMAT",
          "Tanggal harus tanggal yang ada, ditulis TTTT-BB-HH, misalnya 2026-12-24."));
    } else if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      problems.add(yearRange(field));
      return null;
    }
    return date;
  }

  /** An optional province code that must be a known province; null when absent. */
  private String province(String field, String value, List<FieldProblem> problems) {
    String code = trim(value);
    if (code == null) {
      return null;
    }
    if (!PROVINCE.matcher(code).matches() || !regions.exists(code, RegionLevel.PROVINCE)) {
      problems.add(new FieldProblem(field, "UNKNOWN_REGION", "Provinsi tidak dikenal: " + code
          + " (kode 2 angka menurut kode wilayah Kemendagri, misalnya 35 untuk Jawa Timur)."));
    }
    return code;
  }

  private static FieldProblem yearRange(String field) {
    return new FieldProblem(field, "RANGE", "Tahun harus antara " + FIRST_YEAR + " dan " + LAST_YEAR + ".");
  }

  private static String trim(String s) {
    return StringUtils.hasText(s) ? s.trim() : null;
  }
}
