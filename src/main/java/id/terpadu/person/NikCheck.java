package id.terpadu.person;

import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.web.FieldProblem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Offline checks of a NIK (Nomor Induk Kependudukan), following {@code reference/nik.md}.
 *
 * <p>Layout: {@code PPRRDD ddmmyy ssss}: district code where the NIK was first issued (6 digits), day of
 * birth (plus 40 for women), month, two-digit year, serial.
 *
 * <p><b>Errors</b> (the value cannot be a NIK): blank; characters other than the ASCII digits 0–9;
 * a length other than 16; a day field of 00, 32–40 or 72–99; a month field outside 01–12; a day and month
 * that make no calendar date (after subtracting 40 for women); serial {@code 0000}.
 *
 * <p><b>Warnings</b> (the NIK may still be genuine, so it is never rejected for them): a province, regency
 * or district prefix not in the current Kemendagri region data (regions are split and renumbered, a NIK
 * keeps its old code; only the widest unknown level is reported); the sex on the record differs from the
 * NIK's; the birth date on the record differs from the NIK's day, month or two-digit year.
 *
 * <p>The century of birth is not in the NIK: the implied birth date uses the latest century that does not
 * put it after {@code today} (so {@code 29-02-00} is 29 February 2000, a leap day). Pass {@code today} as
 * the date in Indonesia's easternmost zone ({@code Asia/Jayapura}) or later so that a baby born today
 * anywhere in Indonesia is not put a century back.
 *
 * <p>Never auto-corrects a NIK, and never puts the NIK into a message: messages may be logged.
 */
public class NikCheck {

  /** The region lookup a NIK check needs; {@link RegionDirectory#exists} fits. */
  @FunctionalInterface
  public interface RegionCodes {

    /** Whether a region with this code exists at this level in the current reference data. */
    boolean exists(String code, RegionLevel level);
  }

  /** One error or warning: {@code code} is stable for machines, {@code message} is for users. */
  public record Issue(String code, String message) {

    public FieldProblem toFieldProblem(String field) {
      return new FieldProblem(field, code, message);
    }
  }

  /**
   * The outcome of a check.
   *
   * @param errors why the value cannot be a NIK; empty when it is well-formed
   * @param warnings doubts that do not reject the NIK (region code, cross-checks with the record)
   * @param sex {@code L} or {@code P} from the day field; null when the shape or day field is invalid
   * @param birthDate the birth date the NIK implies (century chosen as described on {@link NikCheck});
   *     null when the date part is invalid
   * @param districtCode the first six digits (district where the NIK was first issued); null when the
   *     shape is invalid
   */
  public record Result(List<Issue> errors, List<Issue> warnings, String sex, LocalDate birthDate,
      String districtCode) {

    public Result {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }

    /** Whether the NIK is well-formed (it may still have warnings). */
    public boolean valid() {
      return errors.isEmpty();
    }

    /** The regency code the NIK implies (first four digits); null when the shape is invalid. */
    public String regencyCode() {
      return districtCode == null ? null : districtCode.substring(0, 4);
    }

    public List<String> errorCodes() {
      return errors.stream().map(Issue::code).toList();
    }

    public List<String> warningCodes() {
      return warnings.stream().map(Issue::code).toList();
    }
  }

  public static final String BLANK = "NIK_BLANK";
  public static final String NOT_DIGITS = "NIK_NOT_DIGITS";
  public static final String LENGTH = "NIK_LENGTH";
  public static final String DAY = "NIK_DAY";
  public static final String MONTH = "NIK_MONTH";
  public static final String DATE = "NIK_DATE";
  public static final String SERIAL = "NIK_SERIAL";
  public static final String UNKNOWN_PROVINCE = "NIK_UNKNOWN_PROVINCE";
  public static final String UNKNOWN_REGENCY = "NIK_UNKNOWN_REGENCY";
  public static final String UNKNOWN_DISTRICT = "NIK_UNKNOWN_DISTRICT";
  public static final String SEX_MISMATCH = "NIK_SEX_MISMATCH";
  public static final String BIRTH_DATE_MISMATCH = "NIK_BIRTH_DATE_MISMATCH";

  static final int LENGTH_DIGITS = 16;
  private static final int FEMALE_OFFSET = 40;
  private static final String REGION_HINT =
      " NIK lama dapat memakai kode wilayah yang sudah berubah; periksa kembali NIK dengan dokumen"
          + " kependudukan (KTP/KK/akta).";

  private final RegionCodes regions;

  public NikCheck(RegionCodes regions) {
    this.regions = Objects.requireNonNull(regions);
  }

  /** A check against the region directory's current data. */
  public static NikCheck using(RegionDirectory directory) {
    return new NikCheck(directory::exists);
  }

  /** Checks a NIK on its own (no record to compare with). */
  public Result check(String nik, LocalDate today) {
    return check(nik, null, null, today);
  }

  /**
   * Checks a NIK and compares it with the record it belongs to.
   *
   * @param nik the value as entered; it is not trimmed or cleaned (see {@link #clean})
   * @param recordSex {@code L} or {@code P} on the record, or null when unknown
   * @param recordBirthDate birth date on the record, or null when unknown
   * @param today the current date, bounding the century of the implied birth date
   */
  public Result check(String nik, String recordSex, LocalDate recordBirthDate, LocalDate today) {
    Objects.requireNonNull(today, "today");
    List<Issue> errors = new ArrayList<>();
    List<Issue> warnings = new ArrayList<>();
    if (nik == null || nik.isBlank()) {
      errors.add(new Issue(BLANK, "NIK belum diisi."));
      return new Result(errors, warnings, null, null, null);
    }
    if (!asciiDigits(nik)) {
      errors.add(new Issue(NOT_DIGITS, "NIK hanya boleh berisi angka 0–9, tanpa huruf, spasi, atau tanda baca."));
    }
    if (nik.length() != LENGTH_DIGITS) {
      errors.add(new Issue(LENGTH, "NIK harus tepat 16 angka; yang diisi " + nik.length() + " karakter."));
    }
    if (!errors.isEmpty()) {
      return new Result(errors, warnings, null, null, null);
    }

    int dayField = number(nik, 6);
    int month = number(nik, 8);
    int year = number(nik, 10);
    String sex = null;
    if (dayField >= 1 && dayField <= 31) {
      sex = "L";
    } else if (dayField >= 1 + FEMALE_OFFSET && dayField <= 31 + FEMALE_OFFSET) {
      sex = "P";
    } else {
      errors.add(new Issue(DAY, "Angka tanggal lahir pada NIK (digit ke-7 dan ke-8) tidak mungkin: harus 01–31"
          + " untuk laki-laki atau 41–71 untuk perempuan."));
    }
    if (month < 1 || month > 12) {
      errors.add(new Issue(MONTH, "Angka bulan lahir pada NIK (digit ke-9 dan ke-10) harus 01–12."));
    }
    LocalDate birthDate = null;
    if (sex != null && month >= 1 && month <= 12) {
      int day = "P".equals(sex) ? dayField - FEMALE_OFFSET : dayField;
      birthDate = impliedDate(day, month, year, today);
      if (birthDate == null) {
        errors.add(new Issue(DATE, "Tanggal dan bulan lahir pada NIK (digit ke-7 sampai ke-10) bukan tanggal"
            + " yang ada di kalender."));
      }
    }
    if (nik.endsWith("0000")) {
      errors.add(new Issue(SERIAL, "Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000."));
    }

    checkRegion(nik, warnings);
    String otherSex = recordSex == null ? null : recordSex.trim();
    if (sex != null && ("L".equals(otherSex) || "P".equals(otherSex)) && !sex.equals(otherSex)) {
      warnings.add(new Issue(SEX_MISMATCH, "Jenis kelamin pada data (" + sexName(otherSex)
          + ") tidak sesuai dengan NIK (" + sexName(sex) + "). Periksa kembali jenis kelamin atau NIK."));
    }
    if (birthDate != null && recordBirthDate != null
        && (recordBirthDate.getDayOfMonth() != birthDate.getDayOfMonth()
            || recordBirthDate.getMonthValue() != month
            || recordBirthDate.getYear() % 100 != year)) {
      warnings.add(new Issue(BIRTH_DATE_MISMATCH, "Tanggal lahir pada data tidak sesuai dengan tanggal lahir"
          + " pada NIK (digit ke-7 sampai ke-12). Periksa kembali tanggal lahir atau NIK."));
    }
    return new Result(errors, warnings, sex, birthDate, nik.substring(0, 6));
  }

  /**
   * Removes the spaces and dots a user may type or paste between digit groups ("3504 0112 0590 0001").
   * Call it only where the form allows such separators, then check the result. Null stays null.
   */
  public static String clean(String input) {
    return input == null ? null : input.replaceAll("[\\s.]", "");
  }

  /**
   * The NIK for display where the full value is not needed: the first four and the last four characters
   * stay, the others become {@code *} ({@code 3504********0001}). A value of eight characters or fewer is
   * masked completely. Null stays null.
   */
  public static String mask(String nik) {
    if (nik == null) {
      return null;
    }
    int n = nik.length();
    if (n <= 8) {
      return "*".repeat(n);
    }
    return nik.substring(0, 4) + "*".repeat(n - 8) + nik.substring(n - 4);
  }

  private void checkRegion(String nik, List<Issue> warnings) {
    if (!regions.exists(nik.substring(0, 2), RegionLevel.PROVINCE)) {
      warnings.add(new Issue(UNKNOWN_PROVINCE, "Kode provinsi pada NIK (2 digit pertama) tidak ditemukan"
          + " dalam data wilayah Kemendagri saat ini." + REGION_HINT));
    } else if (!regions.exists(nik.substring(0, 4), RegionLevel.REGENCY)) {
      warnings.add(new Issue(UNKNOWN_REGENCY, "Kode kabupaten/kota pada NIK (4 digit pertama) tidak"
          + " ditemukan dalam data wilayah Kemendagri saat ini." + REGION_HINT));
    } else if (!regions.exists(nik.substring(0, 6), RegionLevel.DISTRICT)) {
      warnings.add(new Issue(UNKNOWN_DISTRICT, "Kode kecamatan pada NIK (6 digit pertama) tidak ditemukan"
          + " dalam data wilayah Kemendagri saat ini." + REGION_HINT));
    }
  }

  /**
   * The date in the latest century that is not after today; null when day and month make no date in
   * either candidate year (19yy and 20yy are leap years alike, except 1900 and 2000).
   */
  private static LocalDate impliedDate(int day, int month, int yy, LocalDate today) {
    for (int century = today.getYear() / 100 * 100; century >= today.getYear() / 100 * 100 - 100;
        century -= 100) {
      LocalDate date = dateOrNull(century + yy, month, day);
      if (date != null && !date.isAfter(today)) {
        return date;
      }
    }
    return null;
  }

  private static LocalDate dateOrNull(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String sexName(String sex) {
    return switch (sex) {
      case "L" -> "laki-laki";
      default -> "perempuan";
    };
  }

  private static int number(String digits, int from) {
    return (digits.charAt(from) - '0') * 10 + (digits.charAt(from + 1) - '0');
  }

  private static boolean asciiDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
