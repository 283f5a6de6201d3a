package id.terpadu.vulnerable;

import id.terpadu.web.CsvCells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.terpadu.importing.CsvReader;
import id.terpadu.importing.ImportColumns;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Category eligibility, list filters, CSV formula neutralisation and DTKS rows, without a database. */
class VulnerableRulesTest {

  static final Map<String, VulnerableCategory> CATEGORIES = Map.of(
      "ORPHAN", new VulnerableCategory("ORPHAN", "Anak yatim, piatu atau yatim piatu", true, null, null, 17),
      "VULNERABLE_CHILD", new VulnerableCategory("VULNERABLE_CHILD", "Anak rentan", false, null, null, 17),
      "FEMALE_HEAD", new VulnerableCategory("FEMALE_HEAD", "Perempuan kepala keluarga", false, "P", null, null));

  @Test
  void anOrphanNeedsWhichParentAndTheCause() {
    EntryRules.Result ok = EntryRules.check(List.of(new EntryRules.CategoryInput("ORPHAN", "BOTH", " COVID-19 "),
        new EntryRules.CategoryInput("VULNERABLE_CHILD", "MOTHER", "ignored")), CATEGORIES, "L", 9);
    assertThat(ok.valid()).isTrue();
    assertThat(ok.categories()).extracting(EntryCategory::getCode, EntryCategory::getOrphanType,
        EntryCategory::getCause).containsExactly(org.assertj.core.groups.Tuple.tuple("ORPHAN", "BOTH", "COVID-19"),
        org.assertj.core.groups.Tuple.tuple("VULNERABLE_CHILD", null, null));

    EntryRules.Result missing = EntryRules.check(List.of(new EntryRules.CategoryInput("ORPHAN", "UNCLE", "")),
        CATEGORIES, "P", 9);
    assertThat(missing.valid()).isFalse();
    assertThat(missing.categories()).isEmpty();
    assertThat(missing.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("categories[0].orphanType", "INVALID"),
        org.assertj.core.groups.Tuple.tuple("categories[0].cause", "REQUIRED"));
  }

  @Test
  void womenOnlyAndChildrenOnlyCategoriesAreChecked() {
    assertThat(fields(EntryRules.check(List.of(new EntryRules.CategoryInput("FEMALE_HEAD", null, null)),
        CATEGORIES, "L", 40))).containsExactly("categories[0].code");
    assertThat(fields(EntryRules.check(List.of(new EntryRules.CategoryInput("FEMALE_HEAD", null, null)),
        CATEGORIES, null, 40))).containsExactly("categories[0].code");
    assertThat(EntryRules.check(List.of(new EntryRules.CategoryInput("FEMALE_HEAD", null, null)), CATEGORIES, "P",
        40).valid()).isTrue();
    assertThat(fields(EntryRules.check(List.of(new EntryRules.CategoryInput("VULNERABLE_CHILD", null, null)),
        CATEGORIES, "P", 18))).containsExactly("categories[0].code");
    // an unknown birth date does not block a child's category
    assertThat(EntryRules.check(List.of(new EntryRules.CategoryInput("VULNERABLE_CHILD", null, null)), CATEGORIES,
        "P", null).valid()).isTrue();
  }

  @Test
  void categoriesAreRequiredKnownAndOnce() {
    assertThat(fields(EntryRules.check(List.of(), CATEGORIES, "P", 10))).containsExactly("categories");
    assertThat(fields(EntryRules.check(null, CATEGORIES, "P", 10))).containsExactly("categories");
    assertThat(EntryRules.check(List.of(new EntryRules.CategoryInput("NOPE", null, null),
            new EntryRules.CategoryInput("VULNERABLE_CHILD", null, null),
            new EntryRules.CategoryInput("VULNERABLE_CHILD", null, null),
            new EntryRules.CategoryInput(" ", null, null)), CATEGORIES, "P", 10).problems())
        .extracting(FieldProblem::code).containsExactly("UNKNOWN", "DUPLICATE", "REQUIRED");
  }

  @Test
  void filtersAreParsedWithEveryProblemAtOnce() {
    EntryFilter filter = EntryFilter.parse("orphan", "in_dtks", "verified", "350401", "5", "17", "2", "50");
    assertThat(filter).isEqualTo(new EntryFilter("ORPHAN", "IN_DTKS", AssessmentStatus.VERIFIED, "350401", 5, 17,
        2, 50));
    assertThat(filter.describe())
        .isEqualTo("vulnerable:category=ORPHAN;dtksStatus=IN_DTKS;assessmentStatus=VERIFIED;region=350401;"
            + "ageMin=5;ageMax=17");
    assertThat(EntryFilter.parse(null, "unmatched", null, null, null, null, null, null).dtksStatus())
        .isEqualTo("UNMATCHED");
    assertThat(EntryFilter.parse(null, null, null, null, null, null, null, null).describe())
        .isEqualTo("vulnerable:all");
    assertThatThrownBy(() -> EntryFilter.parse("a;b", "maybe", "done", "35041", "x", "200", "-1", "500"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors()).extracting(FieldProblem::field)
            .containsExactly("category", "dtksStatus", "assessmentStatus", "region", "ageMin", "ageMax", "page",
                "size"));
    assertThatThrownBy(() -> EntryFilter.parse(null, null, null, null, "18", "5", null, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors()).extracting(FieldProblem::field)
            .containsExactly("ageMax"));
  }

  @Test
  void csvCellsThatLookLikeFormulasAreNeutralised() {
    assertThat(CsvCells.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(CsvCells.cell("+62812")).isEqualTo("'+62812");
    assertThat(CsvCells.cell("-1")).isEqualTo("'-1");
    assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.cell("\tx")).isEqualTo("'\tx");
    assertThat(CsvCells.cell("Siti, Aminah")).isEqualTo("\"Siti, Aminah\"");
    assertThat(CsvCells.cell("3504014107150001")).isEqualTo("3504014107150001");
    assertThat(CsvCells.cell(-3)).isEqualTo("-3");
    assertThat(CsvCells.cell(null)).isEmpty();
  }

  @Test
  void dtksRowsAreCheckedWithoutRepeatingTheNik() {
    ImportColumns columns = ImportColumns.of(List.of("NIK", "dtks_status", "dtks_period"), DtksImport.REQUIRED,
        DtksImport.OPTIONAL);
    Object ok = DtksImport.check(columns, new CsvReader.Record(2, List.of("3504014107150001", "not_in_dtks", "")));
    assertThat(ok).isInstanceOfSatisfying(DtksImport.Row.class, row -> {
      assertThat(row.status()).isEqualTo(DtksStatus.NOT_IN_DTKS);
      assertThat(row.period()).isNull();
    });
    assertThat(DtksImport.check(columns, new CsvReader.Record(3, List.of("35040141071500", "YA", "2025/06?"))))
        .isEqualTo("Kolom nik harus 16 angka. Kolom dtks_status harus IN_DTKS, NOT_IN_DTKS atau NOT_IDENTIFIABLE."
            + " Kolom dtks_period paling banyak 20 huruf, angka, titik, garis miring atau tanda hubung (misalnya"
            + " 2025-06).");
    assertThat(DtksImport.check(columns, new CsvReader.Record(4, List.of("", "", ""))))
        .isEqualTo("Kolom nik wajib diisi. Kolom dtks_status wajib diisi.");
    assertThat((String) DtksImport.check(columns, new CsvReader.Record(5, List.of("3504014107150001", "IN_DTKS"))))
        .contains("2 kolom");
  }

  private static List<String> fields(EntryRules.Result result) {
    return result.problems().stream().map(FieldProblem::field).toList();
  }
}
