package id.terpadu.lksa;

import id.terpadu.region.RegionLevel;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * An institution as the API receives it (create: every field; edit: every field but the code, which never
 * changes). Enum values arrive as text so that an unknown value gets a clear field message instead of a parse
 * error. {@link #validate} answers every invalid field at once, messages in Bahasa Indonesia.
 */
public record InstitutionInput(String code, String name, String type, String address, String regencyCode,
    String districtCode, String villageCode, Double latitude, Double longitude, Integer capacity,
    String accreditation, String contactName, String contactPhone, String contactEmail) {

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,19}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static final int MAX_CAPACITY = 1000;

  /** The checked values. */
  public record Valid(String code, String name, InstitutionType type, String address, String regencyCode,
      String districtCode, String villageCode, double latitude, double longitude, int capacity,
      Accreditation accreditation, String contactName, String contactPhone, String contactEmail) {}

  /**
   * Checks every field.
   *
   * @param creating     whether the code is checked (create) or ignored (edit)
   * @param regionExists whether a region code exists at a level (the region directory)
   * @throws ApiException 400 {@code VALIDATION_FAILED} listing every invalid field
   */
  public Valid validate(boolean creating, BiPredicate<String, RegionLevel> regionExists) {
    List<FieldProblem> problems = new ArrayList<>();
    String cleanCode = trim(code);
    if (creating) {
      if (cleanCode == null) {
        problems.add(new FieldProblem("code", "REQUIRED", "Kode lembaga wajib diisi."));
      } else if (!LksaRoles.isValidCode(cleanCode)) {
        problems.add(new FieldProblem("code", "FORMAT",
            "Kode lembaga 2–40 karakter: huruf kecil, angka dan tanda '-', diawali huruf atau angka."));
      }
    }
    String cleanName = text(problems, "name", name, 200, "Nama lembaga");
    InstitutionType cleanType = enumValue(problems, "type", type, InstitutionType.class, "Jenis lembaga");
    String cleanAddress = text(problems, "address", address, 300, "Alamat");
    String regency = trim(regencyCode);
    String district = trim(districtCode);
    String village = trim(villageCode);
    if (regency == null) {
      problems.add(new FieldProblem("regencyCode", "REQUIRED", "Kode kabupaten/kota wajib diisi."));
    } else if (!RegionLevel.find(regency).filter(RegionLevel.REGENCY::equals).isPresent()
        || !regionExists.test(regency, RegionLevel.REGENCY)) {
      problems.add(new FieldProblem("regencyCode", "UNKNOWN_REGION",
          "Kode kabupaten/kota tidak dikenal (4 angka, mis. 3504)."));
      regency = null;
    }
    if (district != null) {
      if (!RegionLevel.find(district).filter(RegionLevel.DISTRICT::equals).isPresent()
          || !regionExists.test(district, RegionLevel.DISTRICT)) {
        problems.add(new FieldProblem("districtCode", "UNKNOWN_REGION", "Kode kecamatan tidak dikenal (6 angka)."));
        district = null;
      } else if (regency != null && !district.startsWith(regency)) {
        problems.add(new FieldProblem("districtCode", "REGION_MISMATCH",
            "Kecamatan tidak berada di kabupaten/kota yang dipilih."));
      }
    }
    if (village != null) {
      if (!RegionLevel.find(village).filter(RegionLevel.VILLAGE::equals).isPresent()
          || !regionExists.test(village, RegionLevel.VILLAGE)) {
        problems.add(new FieldProblem("villageCode", "UNKNOWN_REGION", "Kode desa/kelurahan tidak dikenal (10 angka)."));
      } else if (district == null && trim(districtCode) == null) {
        problems.add(new FieldProblem("districtCode", "REQUIRED", "Isi kecamatan bila desa/kelurahan diisi."));
      } else if (district != null && !village.startsWith(district)) {
        problems.add(new FieldProblem("villageCode", "REGION_MISMATCH",
            "Desa/kelurahan tidak berada di kecamatan yang dipilih."));
      }
    }
    // Indonesia lies roughly between 6°N and 11°S, 95°E and 141°E; a swapped or mistyped coordinate lands outside.
    if (latitude == null) {
      problems.add(new FieldProblem("latitude", "REQUIRED", "Garis lintang (latitude) wajib diisi."));
    } else if (!Double.isFinite(latitude) || latitude < -11.5 || latitude > 6.5) {
      problems.add(new FieldProblem("latitude", "RANGE",
          "Garis lintang harus di wilayah Indonesia (antara -11,5 dan 6,5), mis. -8,0655."));
    }
    if (longitude == null) {
      problems.add(new FieldProblem("longitude", "REQUIRED", "Garis bujur (longitude) wajib diisi."));
    } else if (!Double.isFinite(longitude) || longitude < 94.5 || longitude > 141.5) {
      problems.add(new FieldProblem("longitude", "RANGE",
          "Garis bujur harus di wilayah Indonesia (antara 94,5 dan 141,5), mis. 111,9025."));
    }
    if (capacity == null) {
      problems.add(new FieldProblem("capacity", "REQUIRED", "Daya tampung wajib diisi."));
    } else if (capacity < 1 || capacity > MAX_CAPACITY) {
      problems.add(new FieldProblem("capacity", "RANGE", "Daya tampung harus antara 1 dan " + MAX_CAPACITY + " anak."));
    }
    Accreditation cleanAccreditation = enumValue(problems, "accreditation", accreditation, Accreditation.class,
        "Akreditasi");
    String cleanContact = optionalText(problems, "contactName", contactName, 100, "Nama narahubung");
    String phone = trim(contactPhone);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add(new FieldProblem("contactPhone", "FORMAT", "Nomor telepon hanya angka (boleh diawali +), 6–20 digit."));
    }
    String email = trim(contactEmail);
    if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
      problems.add(new FieldProblem("contactEmail", "FORMAT", "Alamat surel tidak valid."));
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new Valid(cleanCode, cleanName, cleanType, cleanAddress, regency, district, village, latitude, longitude,
        capacity, cleanAccreditation, cleanContact, phone, email);
  }

  private static String text(List<FieldProblem> problems, String field, String value, int max, String label) {
    String clean = trim(value);
    if (clean == null) {
      problems.add(new FieldProblem(field, "REQUIRED", label + " wajib diisi."));
    } else if (clean.length() > max) {
      problems.add(new FieldProblem(field, "LENGTH", label + " paling panjang " + max + " karakter."));
    }
    return clean;
  }

  private static String optionalText(List<FieldProblem> problems, String field, String value, int max, String label) {
    String clean = trim(value);
    if (clean != null && clean.length() > max) {
      problems.add(new FieldProblem(field, "LENGTH", label + " paling panjang " + max + " karakter."));
    }
    return clean;
  }

  static <E extends Enum<E>> E enumValue(List<FieldProblem> problems, String field, String value, Class<E> type,
      String label) {
    String clean = trim(value);
    if (clean == null) {
      problems.add(new FieldProblem(field, "REQUIRED", label + " wajib dipilih."));
      return null;
    }
    try {
      return Enum.valueOf(type, clean.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "UNKNOWN_VALUE", label + " tidak dikenal."));
      return null;
    }
  }

  static String trim(String value) {
    if (value == null) {
      return null;
    }
    String t = value.strip();
    return t.isEmpty() ? null : t;
  }
}
