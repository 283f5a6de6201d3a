package id.terpadu.vulnerable;

import id.terpadu.web.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which categories a person may be registered in, from the category table: known and active, each once, orphans
 * with the parent(s) who died and the cause, women-only categories for women, children's categories up to their
 * age limit. Messages are Bahasa Indonesia; nothing of the person's identity is repeated.
 */
final class EntryRules {

  static final int MAX_CATEGORIES = 20;
  static final int MAX_CAUSE = 100;
  static final Set<String> ORPHAN_TYPES = Set.of("FATHER", "MOTHER", "BOTH");

  /** One category as asked for: its code and, for orphans, which parent(s) and the cause. */
  record CategoryInput(String code, String orphanType, String cause) {}

  private EntryRules() {}

  /**
   * The categories to store, or the problems.
   *
   * @param sex the person's sex ({@code L}/{@code P}), null when unknown
   * @param age the person's age in whole years, null when the birth date is unknown
   */
  static Result check(List<CategoryInput> inputs, Map<String, VulnerableCategory> categories, String sex,
      Integer age) {
    List<FieldProblem> problems = new ArrayList<>();
    List<EntryCategory> accepted = new ArrayList<>();
    if (inputs == null || inputs.isEmpty()) {
      problems.add(new FieldProblem("categories", "REQUIRED", "Pilih sedikitnya satu kategori."));
      return new Result(List.of(), problems);
    }
    if (inputs.size() > MAX_CATEGORIES) {
      problems.add(new FieldProblem("categories", "TOO_MANY", "Paling banyak " + MAX_CATEGORIES + " kategori."));
      return new Result(List.of(), problems);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      CategoryInput input = inputs.get(i);
      String field = "categories[" + i + "]";
      String code = input == null || input.code() == null ? null : input.code().strip();
      if (code == null || code.isEmpty()) {
        problems.add(new FieldProblem(field + ".code", "REQUIRED", "Kode kategori wajib diisi."));
        continue;
      }
      VulnerableCategory category = categories.get(code);
      if (category == null || !category.isActive()) {
        problems.add(new FieldProblem(field + ".code", "UNKNOWN", "Kategori tidak dikenal: " + clip(code) + "."));
        continue;
      }
      if (!seen.add(code)) {
        problems.add(new FieldProblem(field + ".code", "DUPLICATE", "Kategori " + category.getLabel()
            + " dipilih lebih dari sekali."));
        continue;
      }
      int before = problems.size();
      if (category.getForSex() != null && !category.getForSex().equals(sex)) {
        problems.add(new FieldProblem(field + ".code", "NOT_ELIGIBLE", "Kategori " + category.getLabel()
            + " hanya untuk " + ("P".equals(category.getForSex()) ? "perempuan" : "laki-laki")
            + (sex == null ? "; jenis kelamin orang ini belum tercatat." : ".")));
      }
      if (age != null && category.getMaxAge() != null && age > category.getMaxAge()) {
        problems.add(new FieldProblem(field + ".code", "NOT_ELIGIBLE", "Kategori " + category.getLabel()
            + " hanya untuk usia sampai " + category.getMaxAge() + " tahun."));
      }
      if (age != null && category.getMinAge() != null && age < category.getMinAge()) {
        problems.add(new FieldProblem(field + ".code", "NOT_ELIGIBLE", "Kategori " + category.getLabel()
            + " hanya untuk usia " + category.getMinAge() + " tahun ke atas."));
      }
      String orphanType = null;
      String cause = null;
      if (category.isNeedsCause()) {
        orphanType = input.orphanType() == null ? null : input.orphanType().strip();
        cause = input.cause() == null ? null : input.cause().strip().replaceAll("\\s+", " ");
        if (orphanType == null || orphanType.isEmpty()) {
          problems.add(new FieldProblem(field + ".orphanType", "REQUIRED",
              "Pilih orang tua yang meninggal: FATHER (ayah), MOTHER (ibu) atau BOTH (keduanya)."));
        } else if (!ORPHAN_TYPES.contains(orphanType)) {
          problems.add(new FieldProblem(field + ".orphanType", "INVALID",
              "Orang tua yang meninggal harus FATHER (ayah), MOTHER (ibu) atau BOTH (keduanya)."));
        }
        if (cause == null || cause.isEmpty()) {
          problems.add(new FieldProblem(field + ".cause", "REQUIRED",
              "Sebab meninggalnya orang tua wajib diisi (misalnya COVID-19)."));
        } else if (cause.length() > MAX_CAUSE) {
          problems.add(new FieldProblem(field + ".cause", "TOO_LONG",
              "Sebab meninggal paling banyak " + MAX_CAUSE + " karakter."));
        }
      }
      if (problems.size() == before) {
        accepted.add(new EntryCategory(code, orphanType, cause));
      }
    }
    return new Result(problems.isEmpty() ? accepted : List.of(), problems);
  }

  private static String clip(String code) {
    return code.length() > 40 ? code.substring(0, 40) + "…" : code;
  }

  record Result(List<EntryCategory> categories, List<FieldProblem> problems) {

    boolean valid() {
      return problems.isEmpty();
    }
  }
}
