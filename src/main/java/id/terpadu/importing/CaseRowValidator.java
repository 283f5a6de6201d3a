package id.terpadu.importing;

import id.terpadu.access.RegionScope;
import id.terpadu.casefile.CaseCategories;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.Channel;
import id.terpadu.casefile.ClosureReason;
import id.terpadu.casefile.RiskLevel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks one row of a historical case import (columns in docs/import.md). Every problem of the row is reported
 * in Bahasa Indonesia; messages name no child (there is no identity in these rows) and at most a region code or
 * the row's case number.
 */
final class CaseRowValidator {

  static final int MAX_CASE_NUMBER = 60;
  /** Earliest date of receipt accepted: units of this kind did not exist before; an earlier date is a typo. */
  static final LocalDate EARLIEST_RECEIPT = LocalDate.of(1990, 1, 1);
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern VILLAGE = Pattern.compile("\\d{10}");
  private static final Pattern DISTRICT = Pattern.compile("\\d{6}");
  private static final Pattern CASE_NUMBER = Pattern.compile("[\\p{L}\\p{N} ./_\\-]+");
  /** Risk levels as the unit's spreadsheets write them in Bahasa Indonesia. */
  private static final Map<String, RiskLevel> RISK_WORDS = Map.of("TINGGI", RiskLevel.HIGH, "SEDANG",
      RiskLevel.MEDIUM, "RENDAH", RiskLevel.LOW);

  /** A checked row: the row to store, or the problems that reject it. */
  record Result(CaseRow row, List<String> problems) {

    boolean valid() {
      return problems.isEmpty();
    }

    String reason() {
      return String.join(" ", problems);
    }
  }

  private final Map<String, String> categoryByName;
  private final Predicate<String> regionExists;
  private final RegionScope scope;
  private final LocalDate today;

  /**
   * @param regionExists whether a district (6 digits) or village (10 digits) code is in the region reference data
   * @param scope the importer's region scope; null when any region may be imported into (administrator)
   * @param today the date in Indonesia's easternmost zone: no date after it
   */
  CaseRowValidator(CaseCategories categories, Predicate<String> regionExists, RegionScope scope, LocalDate today) {
    this.categoryByName = new HashMap<>();
    for (CaseCategories.Category c : categories.all()) {
      categoryByName.put(normal(c.label()), c.code());
      categoryByName.put(normal(c.code()), c.code());
    }
    this.regionExists = regionExists;
    this.scope = scope;
    this.today = today;
  }

  Result check(ImportColumns columns, CsvReader.Record record) {
    String countProblem = columns.fieldCountProblem(record);
    if (countProblem != null) {
      return new Result(null, List.of(countProblem));
    }
    List<String> problems = new ArrayList<>();
    String caseNumber = columns.value(record, "case_number");
    if (caseNumber == null) {
      problems.add("Kolom case_number (nomor kasus) wajib diisi.");
    } else {
      caseNumber = caseNumber.replaceAll("\\s+", " ");
      if (caseNumber.length() > MAX_CASE_NUMBER || !CASE_NUMBER.matcher(caseNumber).matches()) {
        problems.add("Kolom case_number paling banyak " + MAX_CASE_NUMBER + " karakter: huruf, angka, spasi, titik,"
            + " garis miring, garis bawah atau tanda hubung.");
        caseNumber = null;
      }
    }
    LocalDate received = date(columns.value(record, "received_date"), "received_date", "tanggal diterima", true,
        EARLIEST_RECEIPT, problems);
    String categoryText = columns.value(record, "category");
    String category = null;
    if (categoryText == null) {
      problems.add("Kolom category (kategori kasus) wajib diisi.");
    } else {
      category = categoryByName.get(normal(categoryText));
      if (category == null) {
        problems.add("Kategori kasus tidak dikenal. Isi kode (mis. ABH, KEKERASAN_FISIK) atau nama kategori"
            + " (mis. Kekerasan Fisik).");
      }
    }
    RiskLevel risk = riskLevel(columns.value(record, "risk_level"), problems);
    Channel channel = code(Channel.class, columns.value(record, "channel"), "channel", problems);
    String[] region = region(columns.value(record, "district_code"), columns.value(record, "village_code"),
        problems);
    String sex = columns.value(record, "child_sex");
    if (sex != null) {
      sex = sex.toUpperCase(Locale.ROOT);
      if (!sex.equals("L") && !sex.equals("P")) {
        problems.add("Kolom child_sex harus L (laki-laki) atau P (perempuan).");
        sex = null;
      }
    }
    LocalDate birth = date(columns.value(record, "child_birth_date"), "child_birth_date", "tanggal lahir anak",
        false, EARLIEST_BIRTH, problems);
    if (birth != null && received != null && birth.isAfter(received)) {
      problems.add("Tanggal lahir anak tidak boleh setelah tanggal kasus diterima.");
    }
    CaseStatus status = code(CaseStatus.class, columns.value(record, "status"), "status", problems);
    LocalDate closed = date(columns.value(record, "closed_date"), "closed_date", "tanggal ditutup", false,
        EARLIEST_RECEIPT, problems);
    ClosureReason reason = code(ClosureReason.class, columns.value(record, "closure_reason"), "closure_reason",
        problems);
    if (status == null && columns.value(record, "status") == null) {
      status = closed != null || reason != null ? CaseStatus.CLOSED : CaseStatus.OPEN;
    }
    if (status == CaseStatus.OPEN && (closed != null || reason != null)) {
      problems.add("Kasus berstatus OPEN tidak boleh punya closed_date atau closure_reason.");
    }
    if (status == CaseStatus.CLOSED && closed == null && columns.value(record, "closed_date") == null) {
      problems.add("Kasus berstatus CLOSED harus punya closed_date (tanggal ditutup).");
    }
    if (closed != null && received != null && closed.isBefore(received)) {
      problems.add("Tanggal ditutup tidak boleh sebelum tanggal kasus diterima.");
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    return new Result(new CaseRow(record.line(), caseNumber, received, category, risk, channel, region[0],
        region[1], region[2], sex, birth, status, closed, reason), List.of());
  }

  /**
   * The case's regency, district and village from the region columns: the village when given (the district, if
   * given too, must contain it), else the district. One of them is required: a case belongs to the regency of its
   * region code, which must exist and lie in the importer's scope.
   */
  private String[] region(String district, String village, List<String> problems) {
    if (district == null && village == null) {
      problems.add("Isi kolom village_code (kode desa/kelurahan 10 angka) atau district_code (kode kecamatan 6"
          + " angka): kasus masuk ke kabupaten/kota wilayah itu.");
      return null;
    }
    if (district != null && !DISTRICT.matcher(district).matches()) {
      problems.add("Kolom district_code harus kode kecamatan 6 angka.");
      return null;
    }
    if (village != null && !VILLAGE.matcher(village).matches()) {
      problems.add("Kolom village_code harus kode desa/kelurahan 10 angka.");
      return null;
    }
    if (district != null && village != null && !village.startsWith(district)) {
      problems.add("Desa/kelurahan " + village + " tidak terletak di kecamatan " + district + ".");
      return null;
    }
    String code = village != null ? village : district;
    String what = village != null ? "desa/kelurahan" : "kecamatan";
    if (!regionExists.test(code)) {
      problems.add("Kode " + what + " " + code + " tidak ada dalam data wilayah Kemendagri.");
      return null;
    }
    if (scope != null && !scope.contains(code)) {
      problems.add("Wilayah " + code + " di luar wilayah kerja Anda.");
      return null;
    }
    return new String[] {code.substring(0, 4), code.substring(0, 6), village};
  }

  private LocalDate date(String value, String column, String label, boolean required, LocalDate earliest,
      List<String> problems) {
    if (value == null) {
      if (required) {
        problems.add("Kolom " + column + " (" + label + ") wajib diisi, dengan format yyyy-MM-dd.");
      }
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value, ISO_DATE);
    } catch (DateTimeParseException e) {
      problems.add("Kolom " + column + " harus tanggal yang ada dengan format yyyy-MM-dd (mis. 2016-05-31).");
      return null;
    }
    if (date.isAfter(today)) {
      problems.add("Kolom " + column + " tidak boleh setelah hari ini.");
      return null;
    }
    if (date.isBefore(earliest)) {
      problems.add("Kolom " + column + " tidak boleh sebelum tahun " + earliest.getYear() + ".");
      return null;
    }
    return date;
  }

  private static RiskLevel riskLevel(String value, List<String> problems) {
    if (value == null) {
      return null;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    RiskLevel word = RISK_WORDS.get(upper);
    if (word != null) {
      return word;
    }
    return code(RiskLevel.class, value, "risk_level", problems);
  }

  private static <E extends Enum<E>> E code(Class<E> type, String value, String column, List<String> problems) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add("Kolom " + column + " harus salah satu dari: " + String.join(", ",
          Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".");
      return null;
    }
  }

  /** Codes and labels compared case-insensitively, with runs of spaces, underscores and hyphens as one space. */
  static String normal(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
  }
}
