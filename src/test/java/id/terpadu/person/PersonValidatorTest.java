package id.terpadu.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.terpadu.access.RegionScope;
import id.terpadu.region.RegionLevel;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonValidatorTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final Set<String> KNOWN = Set.of("35", "3504", "350401", "3504011001", "350402", "3503", "3503012001");
  static final PersonValidator VALIDATOR = new PersonValidator((code, level) -> KNOWN.contains(code)
      && RegionLevel.find(code).filter(level::equals).isPresent());
  static final RegionScope TULUNGAGUNG = RegionScope.of(List.of("3504"));

  static PersonInput input(String nik, String name, String sex, String birthDate, String village, String district) {
    return new PersonInput(nik, null, name, sex, birthDate, null, village, district, null, null, null, null);
  }

  @Test
  void aValidPersonIsTrimmedAndTakesTheVillageAsItsRegion() {
    PersonValidator.Validated v = VALIDATOR.validate(new PersonInput(" 3504.0155.0612.0001 ", "3504 0101 0110 0002",
        "  Ayu Lestari ", "P", "2012-06-15", " Tulungagung ", "3504011001", "350401", " Jl. Mawar ", "0812-555 (01)",
        " ", "SRC-1"), TULUNGAGUNG, TODAY);
    PersonDetails d = v.details();
    assertThat(d.nik()).isEqualTo("3504015506120001");
    assertThat(d.kk()).isEqualTo("3504010101100002");
    assertThat(d.name()).isEqualTo("Ayu Lestari");
    assertThat(d.birthPlace()).isEqualTo("Tulungagung");
    assertThat(d.regionCode()).isEqualTo("3504011001");
    assertThat(d.disability()).isNull();
    assertThat(d.sourceId()).isEqualTo("SRC-1");
    assertThat(v.warnings()).isEmpty();
    assertThat(d.facts().district()).isEqualTo("350401");
  }

  @Test
  void nikDoubtsAreWarningsNotErrors() {
    PersonValidator.Validated v = VALIDATOR.validate(input("3504011506120001", "Ayu", "P", "2012-06-16", null,
        "350401"), TULUNGAGUNG, TODAY);
    assertThat(v.warnings()).extracting(NikCheck.Issue::code)
        .containsExactly(NikCheck.SEX_MISMATCH, NikCheck.BIRTH_DATE_MISMATCH);
    assertThat(v.details().regionCode()).isEqualTo("350401");
  }

  @Test
  void everyBadFieldIsReportedAtOnce() {
    PersonInput bad = new PersonInput("3504011506120000", "123", " ", "X", "2027-01-01", "x".repeat(101),
        "3504019999", null, "a".repeat(301), "call me", "d".repeat(201), "s".repeat(101));
    assertThat(problems(bad, TULUNGAGUNG)).extracting(p -> p.field() + ":" + p.code()).containsExactlyInAnyOrder(
        "name:REQUIRED", "sex:UNKNOWN_CODE", "birthDate:DATE_IN_FUTURE", "nik:NIK_SERIAL", "kk:FORMAT",
        "birthPlace:LENGTH", "address:LENGTH", "disability:LENGTH", "sourceId:LENGTH", "phone:FORMAT",
        "villageCode:UNKNOWN_REGION");
  }

  @Test
  void namesWithoutLettersDatesBadlyWrittenAndOldDatesAreRefused() {
    assertThat(problems(input(null, "123 !", "L", "15-06-2012", "3504011001", null), TULUNGAGUNG))
        .extracting(p -> p.field() + ":" + p.code()).containsExactly("name:FORMAT", "birthDate:FORMAT");
    assertThat(problems(input(null, "Ayu", "L", "1899-12-31", "3504011001", null), TULUNGAGUNG))
        .extracting(FieldProblem::code).containsExactly("RANGE");
  }

  @Test
  void theRegionIsRequiredWellFormedConsistentAndInsideTheScope() {
    assertThat(problems(input(null, "Ayu", "P", null, null, null), TULUNGAGUNG))
        .extracting(p -> p.field() + ":" + p.code()).containsExactly("villageCode:REQUIRED");
    assertThat(problems(input(null, "Ayu", "P", null, "35040110", null), TULUNGAGUNG))
        .extracting(p -> p.field() + ":" + p.code()).containsExactly("villageCode:FORMAT");
    assertThat(problems(input(null, "Ayu", "P", null, "3504011001", "350402"), TULUNGAGUNG))
        .extracting(p -> p.field() + ":" + p.code()).containsExactly("districtCode:REGION_MISMATCH");
    assertThat(problems(input(null, "Ayu", "P", null, "3503012001", null), TULUNGAGUNG))
        .extracting(p -> p.field() + ":" + p.code()).containsExactly("villageCode:OUT_OF_SCOPE");
    assertThat(problems(input(null, "Ayu", "P", null, null, "350401"), RegionScope.of(List.of("3504011001"))))
        .extracting(p -> p.field() + ":" + p.code()).containsExactly("districtCode:OUT_OF_SCOPE");
    assertThat(problems(input(null, "Ayu", "P", null, "3504011001", null), RegionScope.of(List.of())))
        .extracting(FieldProblem::code).containsExactly("OUT_OF_SCOPE");
  }

  private static List<FieldProblem> problems(PersonInput input, RegionScope scope) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> VALIDATOR.validate(input, scope, TODAY));
    assertThat(thrown).isInstanceOf(ApiException.class);
    return ((ApiException) thrown).errors();
  }

  @Test
  void anEmptyInputIsRefusedWithTheRequiredFields() {
    assertThatThrownBy(() -> VALIDATOR.validate(input(null, null, null, null, null, null), TULUNGAGUNG, TODAY))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors()).extracting(FieldProblem::field)
            .containsExactly("name", "sex", "villageCode"));
  }
}
