package id.terpadu.person;

import id.terpadu.access.RegionScope;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link PersonInput}: every problem becomes a field error in Bahasa Indonesia (400, nothing stored);
 * NIK doubts ({@link NikCheck} warnings) are returned, not rejected.
 *
 * <ul>
 *   <li>Required: {@code name} (with at least one letter, up to 200 characters), {@code sex} ({@code L}/{@code P}),
 *   and a region: {@code villageCode} (10 digits) or, when the village is unknown, {@code districtCode} (6 digits),
 *   known in the region reference data and inside the caller's region scope (else {@code OUT_OF_SCOPE}).</li>
 *   <li>Optional: {@code birthDate} ({@code yyyy-MM-dd}, not in the future, not before 1900), {@code nik}
 *   ({@link NikCheck} errors; spaces and dots between digit groups removed), {@code kk} (16 digits),
 *   {@code birthPlace} (100), {@code address} (300), {@code phone} (digits, spaces, {@code + - ( )}, 6–30),
 *   {@code disability} (200), {@code sourceId} (100).</li>
 * </ul>
 */
@Component
public class PersonValidator {

  static final Pattern DIGITS_16 = Pattern.compile("[0-9]{16}");
  static final Pattern PHONE = Pattern.compile("[0-9+() -]{6,30}");
  static final Pattern VILLAGE = Pattern.compile("[0-9]{10}");
  static final Pattern DISTRICT = Pattern.compile("[0-9]{6}");
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /** The outcome: the details to store and the NIK warnings to show. */
  public record Validated(PersonDetails details, List<NikCheck.Issue> warnings) {}

  private final NikCheck.RegionCodes regions;
  private final NikCheck nikCheck;

  @Autowired
  public PersonValidator(RegionDirectory directory) {
    this(directory::exists);
  }

  PersonValidator(NikCheck.RegionCodes regions) {
    this.regions = regions;
    this.nikCheck = new NikCheck(regions);
  }

  /**
   * @param scope the region scope the person must lie in (the caller's)
   * @param today the date in Indonesia's easternmost zone (see {@link NikCheck})
   * @throws ApiException 400 with every field problem
   */
  public Validated validate(PersonInput in, RegionScope scope, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = trim(in.name());
    if (name == null) {
      problems.add(new FieldProblem("name", "REQUIRED", "Nama wajib diisi."));
    } else if (name.length() > 200) {
      problems.add(new FieldProblem("name", "LENGTH", "Nama paling banyak 200 karakter."));
    } else if (NameMatcher.normalise(name).isEmpty()) {
      problems.add(new FieldProblem("name", "FORMAT", "Nama harus memuat huruf."));
    }
    String sex = trim(in.sex());
    if (sex == null) {
      problems.add(new FieldProblem("sex", "REQUIRED", "Jenis kelamin wajib diisi: L (laki-laki) atau P (perempuan)."));
    } else if (!sex.equals("L") && !sex.equals("P")) {
      problems.add(new FieldProblem("sex", "UNKNOWN_CODE", "Jenis kelamin harus L (laki-laki) atau P (perempuan)."));
    }
    LocalDate birthDate = birthDate(trim(in.birthDate()), today, problems);

    String nik = trim(NikCheck.clean(in.nik()));
    List<NikCheck.Issue> warnings = List.of();
    if (nik != null) {
      NikCheck.Result check = nikCheck.check(nik, sex, birthDate, today);
      check.errors().forEach(issue -> problems.add(issue.toFieldProblem("nik")));
      warnings = check.warnings();
    }
    String kk = trim(NikCheck.clean(in.kk()));
    if (kk != null && !DIGITS_16.matcher(kk).matches()) {
      problems.add(new FieldProblem("kk", "FORMAT", "Nomor KK harus tepat 16 angka."));
    }
    String birthPlace = text(in.birthPlace(), "birthPlace", 100, "Tempat lahir", problems);
    String address = text(in.address(), "address", 300, "Alamat", problems);
    String disability = text(in.disability(), "disability", 200, "Keterangan disabilitas", problems);
    String sourceId = text(in.sourceId(), "sourceId", 100, "Id sumber data", problems);
    String phone = trim(in.phone());
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add(new FieldProblem("phone", "FORMAT",
          "Nomor telepon hanya boleh berisi angka, spasi, dan tanda + - ( ), 6–30 karakter."));
    }
    String region = region(trim(in.villageCode()), trim(in.districtCode()), scope, problems);
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new Validated(new PersonDetails(nik, kk, name, sex, birthDate, birthPlace, region, address, phone,
        disability, sourceId), warnings);
  }

  private static LocalDate birthDate(String raw, LocalDate today, List<FieldProblem> problems) {
    if (raw == null) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(raw);
    } catch (DateTimeException e) {
      problems.add(new FieldProblem("birthDate", "FORMAT",
          "Tanggal lahir harus berformat tttt-bb-hh, misalnya 2015-08-17."));
      return null;
    }
    if (date.isAfter(today)) {
      problems.add(new FieldProblem("birthDate", "DATE_IN_FUTURE", "Tanggal lahir tidak boleh di masa depan."));
      return null;
    }
    if (date.isBefore(EARLIEST_BIRTH)) {
      problems.add(new FieldProblem("birthDate", "RANGE", "Tanggal lahir tidak boleh sebelum tahun 1900."));
      return null;
    }
    return date;
  }

  private String region(String village, String district, RegionScope scope, List<FieldProblem> problems) {
    if (village == null && district == null) {
      problems.add(new FieldProblem("villageCode", "REQUIRED",
          "Desa/kelurahan wajib diisi; bila desanya tidak diketahui, isi kecamatan (districtCode)."));
      return null;
    }
    if (village != null && !VILLAGE.matcher(village).matches()) {
      problems.add(new FieldProblem("villageCode", "FORMAT", "Kode desa/kelurahan harus 10 angka."));
      return null;
    }
    if (village == null && !DISTRICT.matcher(district).matches()) {
      problems.add(new FieldProblem("districtCode", "FORMAT", "Kode kecamatan harus 6 angka."));
      return null;
    }
    String field = village != null ? "villageCode" : "districtCode";
    String code = village != null ? village : district;
    if (!regions.exists(code, village != null ? RegionLevel.VILLAGE : RegionLevel.DISTRICT)) {
      problems.add(new FieldProblem(field, "UNKNOWN_REGION", village != null
          ? "Kode desa/kelurahan tidak dikenal (10 angka, menurut kode wilayah Kemendagri)."
          : "Kode kecamatan tidak dikenal (6 angka, menurut kode wilayah Kemendagri)."));
      return null;
    }
    if (village != null && district != null && !village.startsWith(district)) {
      problems.add(new FieldProblem("districtCode", "REGION_MISMATCH",
          "Desa/kelurahan tidak terletak di kecamatan ini."));
      return null;
    }
    if (!scope.contains(code)) {
      problems.add(new FieldProblem(field, "OUT_OF_SCOPE",
          "Wilayah ini di luar wilayah kerja Anda; orang ini harus dicatat oleh unit wilayah tersebut."));
      return null;
    }
    return code;
  }

  private static String text(String raw, String field, int max, String label, List<FieldProblem> problems) {
    String value = trim(raw);
    if (value != null && value.length() > max) {
      problems.add(new FieldProblem(field, "LENGTH", label + " paling banyak " + max + " karakter."));
    }
    return value;
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
