package id.terpadu.agency;

import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The rules for an agency record. Every broken field is reported at once, with a message in Bahasa
 * Indonesia; nothing is stored unless all are right.
 */
@Component
class AgencyValidator {

  static final int CODE_MAX = 40;
  static final int NAME_MIN = 3;
  static final int NAME_MAX = 200;
  static final int EMAIL_MAX = 254;
  /** Also what the engine accepts in a group id ({@code agency-<code>}): no leading, trailing or double '-'. */
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");

  /** An agency that passed validation: trimmed, lists without blanks and repeats. */
  record ValidAgency(String code, String name, String email, String phone, Set<String> regencyCodes,
      Set<String> serviceTypes, Boolean active) {}

  private final RegionDirectory regions;
  private final ServiceTypes serviceTypes;

  AgencyValidator(RegionDirectory regions, ServiceTypes serviceTypes) {
    this.regions = regions;
    this.serviceTypes = serviceTypes;
  }

  /**
   * Validates a new agency or, when {@code existingCode} is given, the new state of that agency (its code
   * cannot change).
   *
   * @throws ApiException {@code VALIDATION_FAILED} listing every invalid field
   */
  ValidAgency validate(AgencyInput in, String existingCode) {
    List<FieldProblem> problems = new ArrayList<>();
    String code = trim(in.code());
    if (existingCode != null) {
      if (code != null && !code.equals(existingCode)) {
        problems.add(new FieldProblem("code", "IMMUTABLE", "Kode mitra tidak dapat diubah."));
      }
      code = existingCode;
    } else if (code == null) {
      problems.add(required("code", "Kode mitra wajib diisi."));
    } else if (code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
      problems.add(new FieldProblem("code", "FORMAT", "Kode mitra hanya boleh berisi huruf kecil, angka dan "
          + "tanda '-' di antaranya, paling banyak " + CODE_MAX + " karakter, misalnya rsud atau lbh-surya."));
    }

    String name = trim(in.name());
    if (name == null) {
      problems.add(required("name", "Nama mitra wajib diisi."));
    } else if (name.length() < NAME_MIN || name.length() > NAME_MAX) {
      problems.add(new FieldProblem("name", "LENGTH", "Nama mitra harus " + NAME_MIN + "–" + NAME_MAX + " karakter."));
    }

    String email = trim(in.email());
    if (email == null) {
      problems.add(required("email", "Alamat e-mail mitra wajib diisi; rujukan diberitahukan lewat e-mail."));
    } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
      problems.add(new FieldProblem("email", "FORMAT",
          "Alamat e-mail mitra tidak valid; contoh yang benar: layanan@rsud.go.id."));
    }

    String phone = trim(in.phone());
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add(new FieldProblem("phone", "FORMAT",
          "Nomor telepon mitra hanya boleh berisi angka, spasi, +, - dan tanda kurung (6–20 karakter)."));
    }

    Set<String> regencyCodes = codes(in.regencyCodes(), "regencyCodes",
        "Pilih sedikitnya satu kabupaten/kota yang dilayani mitra.",
        c -> regions.exists(c, RegionLevel.REGENCY), "UNKNOWN_REGION",
        c -> "Kabupaten/kota tidak dikenal: " + c + " (kode 4 angka menurut kode wilayah Kemendagri).", problems);
    Set<String> services = codes(in.serviceTypes(), "serviceTypes",
        "Pilih sedikitnya satu jenis layanan yang diberikan mitra.",
        serviceTypes::isKnown, "UNKNOWN_CODE", AgencyValidator::unknownServiceType, problems);

    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new ValidAgency(code, name, email, phone, regencyCodes, services, in.active());
  }

  /**
   * Checks the filters of an agency list (null: no filter).
   *
   * @throws ApiException {@code VALIDATION_FAILED} when the service type is unknown or the regency code is
   *     not 4 digits: a misspelt filter must not look like "no agency"
   */
  void validateFilters(String serviceType, String regencyCode) {
    List<FieldProblem> problems = new ArrayList<>();
    if (serviceType != null && !serviceTypes.isKnown(serviceType)) {
      problems.add(new FieldProblem("serviceType", "UNKNOWN_CODE", unknownServiceType(serviceType)));
    }
    if (regencyCode != null && RegionLevel.find(regencyCode).filter(RegionLevel.REGENCY::equals).isEmpty()) {
      problems.add(new FieldProblem("regencyCode", "FORMAT", "Kode kabupaten/kota harus 4 angka."));
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
  }

  private static String unknownServiceType(String code) {
    return "Jenis layanan tidak dikenal: " + code + ".";
  }

  /** A required list of codes: each must be known; blanks and repeats are dropped. */
  private static Set<String> codes(List<String> given, String field, String requiredMessage,
      Predicate<String> known, String unknownCode, Function<String, String> unknownMessage,
      List<FieldProblem> problems) {
    Set<String> codes = new TreeSet<>();
    if (given != null) {
      for (int i = 0; i < given.size(); i++) {
        String code = trim(given.get(i));
        if (code == null) {
          continue;
        }
        if (!known.test(code)) {
          problems.add(new FieldProblem(field + "[" + i + "]", unknownCode, unknownMessage.apply(code)));
        }
        codes.add(code);
      }
    }
    if (codes.isEmpty()) {
      problems.add(required(field, requiredMessage));
    }
    return codes;
  }

  private static FieldProblem required(String field, String message) {
    return new FieldProblem(field, "REQUIRED", message);
  }

  private static String trim(String s) {
    return StringUtils.hasText(s) ? s.trim() : null;
  }
}
