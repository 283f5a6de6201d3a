package id.terpadu.vulnerable;

import id.terpadu.region.RegionLevel;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the entry list and the handover export: category, DTKS status ({@code UNMATCHED} for entries
 * not matched yet), assessment status, region (a code of any level inside the caller's scope) and age range in
 * whole years; paging for the list. Parsed from query parameters with every problem reported at once (400).
 */
record EntryFilter(String category, String dtksStatus, AssessmentStatus assessmentStatus, String region,
    Integer ageMin, Integer ageMax, int page, int size) {

  static final String UNMATCHED = "UNMATCHED";
  static final int MAX_SIZE = 100;
  static final int MAX_AGE = 130;
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

  static EntryFilter parse(String category, String dtksStatus, String assessmentStatus, String region,
      String ageMin, String ageMax, String page, String size) {
    List<FieldProblem> problems = new ArrayList<>();
    String cat = blank(category) ? null : category.strip().toUpperCase(java.util.Locale.ROOT);
    if (cat != null && !CODE.matcher(cat).matches()) {
      problems.add(new FieldProblem("category", "INVALID", "Kode kategori tidak dikenal."));
    }
    String dtks = null;
    if (!blank(dtksStatus)) {
      DtksStatus status = DtksStatus.parse(dtksStatus);
      if (status != null) {
        dtks = status.name();
      } else if (UNMATCHED.equalsIgnoreCase(dtksStatus.strip())) {
        dtks = UNMATCHED;
      } else {
        problems.add(new FieldProblem("dtksStatus", "INVALID",
            "Status DTKS harus IN_DTKS, NOT_IN_DTKS, NOT_IDENTIFIABLE atau UNMATCHED."));
      }
    }
    AssessmentStatus assessment = null;
    if (!blank(assessmentStatus)) {
      assessment = AssessmentStatus.parse(assessmentStatus);
      if (assessment == null) {
        problems.add(new FieldProblem("assessmentStatus", "INVALID",
            "Status asesmen harus NONE, RECORDING, AWAITING_VERIFICATION atau VERIFIED."));
      }
    }
    String regionCode = blank(region) ? null : region.strip();
    if (regionCode != null && !RegionLevel.isValidCode(regionCode)) {
      problems.add(new FieldProblem("region", "INVALID",
          "Kode wilayah harus 2, 4, 6 atau 10 angka (provinsi, kabupaten/kota, kecamatan, desa/kelurahan)."));
    }
    Integer min = number(ageMin, "ageMin", 0, MAX_AGE, "Usia terendah", problems);
    Integer max = number(ageMax, "ageMax", 0, MAX_AGE, "Usia tertinggi", problems);
    if (min != null && max != null && min > max) {
      problems.add(new FieldProblem("ageMax", "INVALID", "Usia tertinggi tidak boleh kurang dari usia terendah."));
    }
    Integer p = number(page, "page", 0, 1_000_000, "Halaman", problems);
    Integer s = number(size, "size", 1, MAX_SIZE, "Jumlah per halaman", problems);
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new EntryFilter(cat, dtks, assessment, regionCode, min, max, p == null ? 0 : p, s == null ? 20 : s);
  }

  private static Integer number(String value, String field, int low, int high, String label,
      List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < low || n > high) {
        problems.add(new FieldProblem(field, "OUT_OF_RANGE", label + " harus antara " + low + " dan " + high + "."));
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "INVALID", label + " harus berupa angka."));
      return null;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The filters as a predicate (to be combined with the caller's scope); ages counted at {@code today}. */
  Specification<VulnerableEntry> specification(LocalDate today) {
    return (root, query, cb) -> {
      List<Predicate> all = new ArrayList<>();
      if (category != null) {
        Join<VulnerableEntry, EntryCategory> categories = root.join("categories");
        all.add(cb.equal(categories.get("code"), category));
      }
      if (UNMATCHED.equals(dtksStatus)) {
        all.add(cb.isNull(root.get("dtksStatus")));
      } else if (dtksStatus != null) {
        all.add(cb.equal(root.get("dtksStatus"), DtksStatus.valueOf(dtksStatus)));
      }
      if (assessmentStatus != null) {
        all.add(cb.equal(root.get("assessmentStatus"), assessmentStatus));
      }
      if (region != null) {
        all.add(switch (RegionLevel.ofCode(region)) {
          case PROVINCE -> cb.like(root.get("regencyCode"), region + "%");
          case REGENCY -> cb.equal(root.get("regencyCode"), region);
          case DISTRICT -> cb.equal(root.get("districtCode"), region);
          case VILLAGE -> cb.equal(root.get("villageCode"), region);
        });
      }
      if (ageMin != null) {
        // at least ageMin years old: born on or before today minus ageMin years
        all.add(cb.lessThanOrEqualTo(root.get("person").get("birthDate"), today.minusYears(ageMin)));
      }
      if (ageMax != null) {
        // at most ageMax years old: born after today minus (ageMax + 1) years
        all.add(cb.greaterThan(root.get("person").get("birthDate"), today.minusYears(ageMax + 1L)));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
  }

  /** The filters as the access log and the export log record them: codes and numbers only. */
  String describe() {
    List<String> parts = new ArrayList<>();
    if (category != null) {
      parts.add("category=" + category);
    }
    if (dtksStatus != null) {
      parts.add("dtksStatus=" + dtksStatus);
    }
    if (assessmentStatus != null) {
      parts.add("assessmentStatus=" + assessmentStatus);
    }
    if (region != null) {
      parts.add("region=" + region);
    }
    if (ageMin != null) {
      parts.add("ageMin=" + ageMin);
    }
    if (ageMax != null) {
      parts.add("ageMax=" + ageMax);
    }
    return parts.isEmpty() ? "vulnerable:all" : "vulnerable:" + String.join(";", parts);
  }
}
