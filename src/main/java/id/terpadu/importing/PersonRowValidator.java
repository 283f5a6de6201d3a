package id.terpadu.importing;

import id.terpadu.access.RegionScope;
import id.terpadu.person.NameMatcher;
import id.terpadu.person.NikCheck;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks one row of a person import (columns in docs/import.md). Every problem of the row is reported, in
 * Bahasa Indonesia, without repeating the row's values (messages are stored with the job and shown to users;
 * a village code is the only value named). NIK errors reject the row; NIK warnings (unknown region prefix,
 * sex or birth date differing from the NIK) do not.
 */
final class PersonRowValidator {

  static final int MAX_NAME = 200;
  static final int MAX_BIRTH_PLACE = 100;
  static final int MAX_PHONE = 30;
  static final int MAX_DISABILITY = 200;
  static final int MAX_SOURCE_ID = 100;
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern VILLAGE = Pattern.compile("\\d{10}");
  private static final Pattern KK = Pattern.compile("\\d{16}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]*");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /** A checked row: the row to store, or the problems that reject it. */
  record Result(PersonRow row, List<String> problems) {

    boolean valid() {
      return problems.isEmpty();
    }

    String reason() {
      return String.join(" ", problems);
    }
  }

  private final NikCheck nikCheck;
  private final Predicate<String> villageExists;
  private final RegionScope scope;
  private final LocalDate today;

  /**
   * @param villageExists whether a village code is in the region reference data
   * @param scope the importer's region scope; null when any region may be imported into (administrator)
   * @param today the date in Indonesia's easternmost zone: no birth date after it
   */
  PersonRowValidator(NikCheck nikCheck, Predicate<String> villageExists, RegionScope scope, LocalDate today) {
    this.nikCheck = nikCheck;
    this.villageExists = villageExists;
    this.scope = scope;
    this.today = today;
  }

  Result check(ImportColumns columns, CsvReader.Record record) {
    String countProblem = columns.fieldCountProblem(record);
    if (countProblem != null) {
      return new Result(null, List.of(countProblem));
    }
    List<String> problems = new ArrayList<>();
    String name = columns.value(record, "name");
    if (name == null) {
      problems.add("Kolom name (nama) wajib diisi.");
    } else {
      name = name.replaceAll("\\s+", " ");
      tooLong(problems, "name", name, MAX_NAME);
      if (!LETTER.matcher(name).find()) {
        problems.add("Kolom name harus berisi nama (huruf).");
      }
    }
    String sex = columns.value(record, "sex");
    if (sex == null) {
      problems.add("Kolom sex (jenis kelamin) wajib diisi: L atau P.");
    } else {
      sex = sex.toUpperCase(Locale.ROOT);
      if (!sex.equals("L") && !sex.equals("P")) {
        problems.add("Kolom sex harus L (laki-laki) atau P (perempuan).");
        sex = null;
      }
    }
    LocalDate birthDate = birthDate(columns.value(record, "birth_date"), problems);
    String village = columns.value(record, "village_code");
    if (village == null) {
      problems.add("Kolom village_code (kode desa/kelurahan) wajib diisi.");
    } else if (!VILLAGE.matcher(village).matches()) {
      problems.add("Kolom village_code harus kode desa/kelurahan 10 angka.");
    } else if (!villageExists.test(village)) {
      problems.add("Kode desa/kelurahan " + village + " tidak ada dalam data wilayah Kemendagri.");
    } else if (scope != null && !scope.contains(village)) {
      problems.add("Desa/kelurahan " + village + " di luar wilayah kerja Anda.");
    }
    String nik = columns.value(record, "nik");
    if (nik != null) {
      NikCheck.Result result = nikCheck.check(nik, sex, birthDate, today);
      result.errors().forEach(issue -> problems.add(issue.message()));
    }
    String kk = columns.value(record, "kk");
    if (kk != null && !KK.matcher(kk).matches()) {
      problems.add("Kolom kk (nomor Kartu Keluarga) harus tepat 16 angka.");
    }
    String birthPlace = columns.value(record, "birth_place");
    tooLong(problems, "birth_place", birthPlace, MAX_BIRTH_PLACE);
    String phone = columns.value(record, "phone");
    if (phone != null && (!PHONE.matcher(phone).matches() || phone.length() > MAX_PHONE)) {
      problems.add("Kolom phone harus nomor telepon (angka, boleh diawali +), paling banyak " + MAX_PHONE
          + " karakter.");
    }
    String disability = columns.value(record, "disability");
    tooLong(problems, "disability", disability, MAX_DISABILITY);
    String sourceId = columns.value(record, "source_id");
    tooLong(problems, "source_id", sourceId, MAX_SOURCE_ID);
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    return new Result(new PersonRow(record.line(), name, NameMatcher.key(name), sex, birthDate, village, nik, kk,
        birthPlace, phone, disability, sourceId), List.of());
  }

  private LocalDate birthDate(String value, List<String> problems) {
    if (value == null) {
      problems.add("Kolom birth_date (tanggal lahir) wajib diisi, dengan format yyyy-MM-dd.");
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value, ISO_DATE);
    } catch (DateTimeParseException e) {
      problems.add("Kolom birth_date harus tanggal yang ada dengan format yyyy-MM-dd (mis. 2012-05-31).");
      return null;
    }
    if (date.isAfter(today)) {
      problems.add("Tanggal lahir tidak boleh setelah hari ini.");
      return null;
    }
    if (date.isBefore(EARLIEST_BIRTH)) {
      problems.add("Tanggal lahir tidak boleh sebelum tahun 1900.");
      return null;
    }
    return date;
  }

  private static void tooLong(List<String> problems, String column, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add("Kolom " + column + " paling banyak " + max + " karakter.");
    }
  }
}
