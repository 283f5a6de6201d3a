package id.terpadu.intake;

import id.terpadu.casefile.CaseCategories;
import id.terpadu.casefile.Channel;
import id.terpadu.casefile.Complaint;
import id.terpadu.process.FormValues;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The one set of rules for a complaint, whichever way it arrives. Every broken field is reported at
 * once, with a message in Bahasa Indonesia; nothing is stored unless all are right.
 */
@Component
public class ComplaintValidator {

  static final int DESCRIPTION_MIN = 10;
  /** As much as the case process's forms show whole: the text is a process variable ({@code TEXT_}, ADR 0005). */
  static final int DESCRIPTION_MAX = FormValues.MAX_TEXT_VARIABLE;
  private static final Pattern NIK = Pattern.compile("\\d{16}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");

  private final RegionDirectory regions;
  private final CaseCategories categories;

  public ComplaintValidator(RegionDirectory regions, CaseCategories categories) {
    this.regions = regions;
    this.categories = categories;
  }

  /**
   * Validates the input against the caller's region scope.
   *
   * @throws ApiException {@code VALIDATION_FAILED} listing every invalid field
   */
  public Complaint validate(ComplaintInput in, List<String> callerScope, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();

    Channel channel = null;
    if (blank(in.channel())) {
      problems.add(required("channel", "Saluran pengaduan wajib diisi."));
    } else {
      try {
        channel = Channel.valueOf(in.channel().trim());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("channel", "UNKNOWN_CODE", "Saluran pengaduan tidak dikenal. Pilihan: "
            + String.join(", ", Arrays.stream(Channel.values()).map(Enum::name).toList()) + "."));
      }
    }

    boolean anonymous = Boolean.TRUE.equals(in.anonymous());
    Complaint.Reporter reporter = null;
    if (!anonymous) {
      ComplaintInput.ReporterInput r = in.reporter();
      if (r == null || blank(r.name())) {
        problems.add(required("reporter.name", "Nama pelapor wajib diisi, kecuali pengaduan anonim."));
      } else if (r.name().trim().length() > 200) {
        problems.add(new FieldProblem("reporter.name", "LENGTH", "Nama pelapor paling banyak 200 karakter."));
      }
      if (r != null && !blank(r.phone()) && !PHONE.matcher(r.phone().trim()).matches()) {
        problems.add(new FieldProblem("reporter.phone", "FORMAT",
            "Nomor telepon pelapor hanya boleh berisi angka, spasi, +, - dan tanda kurung (6–20 karakter)."));
      }
      if (r != null && !blank(r.relation()) && r.relation().trim().length() > 100) {
        problems.add(new FieldProblem("reporter.relation", "LENGTH",
            "Hubungan pelapor dengan anak paling banyak 100 karakter."));
      }
      if (r != null) {
        reporter = new Complaint.Reporter(trim(r.name()), trim(r.phone()), trim(r.relation()));
      }
    }

    Complaint.ChildDetails child = validateChild(in.child(), today, problems);
    String regionCode = validateRegion(in.villageCode(), in.districtCode(), callerScope, problems);

    String description = trim(in.description());
    if (description == null) {
      problems.add(required("description", "Uraian pengaduan wajib diisi."));
    } else if (description.length() < DESCRIPTION_MIN || description.length() > DESCRIPTION_MAX) {
      problems.add(new FieldProblem("description", "LENGTH",
          "Uraian pengaduan harus " + DESCRIPTION_MIN + "–" + DESCRIPTION_MAX + " karakter."));
    }

    List<String> categoryCodes = validateCategories(in.categories(), problems);

    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new Complaint(channel, anonymous, reporter, child, regionCode, description, categoryCodes);
  }

  private Complaint.ChildDetails validateChild(ComplaintInput.ChildInput c, LocalDate today,
      List<FieldProblem> problems) {
    if (c == null) {
      return new Complaint.ChildDetails(null, null, null, null);
    }
    String name = trim(c.name());
    if (name != null && name.length() > 200) {
      problems.add(new FieldProblem("child.name", "LENGTH", "Nama anak paling banyak 200 karakter."));
    }
    String sex = trim(c.sex());
    if (sex != null && !sex.equals("L") && !sex.equals("P")) {
      problems.add(new FieldProblem("child.sex", "UNKNOWN_CODE", "Jenis kelamin anak harus L atau P."));
    }
    LocalDate birthDate = null;
    if (!blank(c.birthDate())) {
      try {
        birthDate = LocalDate.parse(c.birthDate().trim());
        if (birthDate.isAfter(today)) {
          problems.add(new FieldProblem("child.birthDate", "DATE_IN_FUTURE",
              "Tanggal lahir anak tidak boleh di masa depan."));
        } else if (!birthDate.plusYears(18).isAfter(today)) {
          problems.add(new FieldProblem("child.birthDate", "NOT_A_CHILD",
              "Menurut tanggal lahir ini, usianya 18 tahun atau lebih: bukan anak."));
        }
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("child.birthDate", "FORMAT",
            "Tanggal lahir anak harus berformat tttt-bb-hh, misalnya 2015-08-17."));
      }
    }
    String nik = trim(c.nik());
    if (nik != null && !NIK.matcher(nik).matches()) {
      problems.add(new FieldProblem("child.nik", "FORMAT", "NIK anak harus 16 angka."));
    }
    return new Complaint.ChildDetails(name, sex, birthDate, nik);
  }

  private String validateRegion(String villageCode, String districtCode, List<String> scope,
      List<FieldProblem> problems) {
    String village = trim(villageCode);
    String district = trim(districtCode);
    if (village == null && district == null) {
      problems.add(required("villageCode",
          "Desa/kelurahan wajib diisi; bila desanya tidak diketahui, isi kecamatan (districtCode)."));
      return null;
    }
    String field = village != null ? "villageCode" : "districtCode";
    String code = village != null ? village : district;
    RegionLevel level = village != null ? RegionLevel.VILLAGE : RegionLevel.DISTRICT;
    if (!regions.exists(code, level)) {
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
    if (scope.stream().noneMatch(s -> regions.contains(s, code))) {
      problems.add(new FieldProblem(field, "OUT_OF_SCOPE",
          "Wilayah ini di luar wilayah kerja Anda; pengaduan harus dicatat oleh unit wilayah tersebut."));
      return null;
    }
    return code;
  }

  private List<String> validateCategories(List<String> given, List<FieldProblem> problems) {
    if (given == null || given.stream().allMatch(ComplaintValidator::blank)) {
      problems.add(required("categories", "Pilih sedikitnya satu kategori kasus."));
      return List.of();
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String code = trim(given.get(i));
      if (code == null) {
        continue;
      }
      if (!categories.isKnown(code)) {
        problems.add(new FieldProblem("categories[" + i + "]", "UNKNOWN_CODE",
            "Kategori kasus tidak dikenal: " + code + "."));
      }
      codes.add(code);
    }
    return List.copyOf(codes);
  }

  private static FieldProblem required(String field, String message) {
    return new FieldProblem(field, "REQUIRED", message);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String trim(String s) {
    return blank(s) ? null : s.trim();
  }
}
