package id.terpadu.lksa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.terpadu.region.RegionLevel;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class InstitutionInputTest {

  static final Set<String> KNOWN = Set.of("3504", "3503", "350401", "350402", "350301", "3504011001", "3503012001");
  static final BiPredicate<String, RegionLevel> REGIONS = (code, level) -> KNOWN.contains(code);

  static InstitutionInput valid() {
    return new InstitutionInput("budi-mulia", "LKSA Budi Mulia", "panti_asuhan", " Jl. Demo 1 ", "3504", "350401",
        "3504011001", -8.0655, 111.9025, 30, "B", "Wahyu", "+62 355 000000", "lksa@example.org");
  }

  @Test
  void aCompleteInstitutionIsCleanedUp() {
    InstitutionInput.Valid v = valid().validate(true, REGIONS);
    assertThat(v.type()).isEqualTo(InstitutionType.PANTI_ASUHAN);
    assertThat(v.address()).isEqualTo("Jl. Demo 1");
    assertThat(v.accreditation()).isEqualTo(Accreditation.B);
    assertThat(v.villageCode()).isEqualTo("3504011001");
  }

  @Test
  void onlyTheRegencyIsRequiredOfTheRegionCodes() {
    InstitutionInput input = new InstitutionInput("x1", "A", "RPSA", "B", "3504", " ", null, -8.0, 112.0, 1,
        "NOT_ACCREDITED", null, null, null);
    InstitutionInput.Valid v = input.validate(true, REGIONS);
    assertThat(v.districtCode()).isNull();
    assertThat(v.contactPhone()).isNull();
  }

  @Test
  void everyMissingFieldIsNamedInIndonesian() {
    InstitutionInput empty = new InstitutionInput(null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
    assertThat(problems(empty, true)).extracting(FieldProblem::field).containsExactly("code", "name", "type",
        "address", "regencyCode", "latitude", "longitude", "capacity", "accreditation");
    assertThat(problems(empty, true)).allMatch(p -> p.code().equals("REQUIRED"))
        .extracting(FieldProblem::message).contains("Kode lembaga wajib diisi.", "Daya tampung wajib diisi.");
  }

  @Test
  void theCodeIsOnlyCheckedWhenCreating() {
    InstitutionInput noCode = new InstitutionInput(null, "A", "RPSA", "B", "3504", null, null, -8.0, 112.0, 1, "A",
        null, null, null);
    assertThat(noCode.validate(false, REGIONS).code()).isNull();
    assertThat(problems(noCode, true)).extracting(FieldProblem::field).containsExactly("code");
    InstitutionInput badCode = new InstitutionInput("LKSA Satu", "A", "RPSA", "B", "3504", null, null, -8.0, 112.0,
        1, "A", null, null, null);
    assertThat(problems(badCode, true)).extracting(FieldProblem::code).containsExactly("FORMAT");
  }

  @Test
  void regionCodesMustExistAndNest() {
    assertThat(problems(with("9999", null, null), true)).extracting(FieldProblem::code)
        .containsExactly("UNKNOWN_REGION");
    assertThat(problems(with("3504", "350301", null), true)).extracting(FieldProblem::code)
        .containsExactly("REGION_MISMATCH");
    assertThat(problems(with("3504", "350402", "3504011001"), true)).extracting(FieldProblem::code)
        .containsExactly("REGION_MISMATCH");
    assertThat(problems(with("3504", null, "3504011001"), true)).extracting(FieldProblem::field)
        .containsExactly("districtCode");
    assertThat(problems(with("35", null, null), true)).extracting(FieldProblem::message)
        .containsExactly("Kode kabupaten/kota tidak dikenal (4 angka, mis. 3504).");
  }

  @Test
  void coordinatesMustLieInIndonesiaAndCapacityBeSensible() {
    InstitutionInput swapped = new InstitutionInput("x1", "A", "RPSA", "B", "3504", null, null, 111.9, -8.06, 0,
        "A", null, null, null);
    assertThat(problems(swapped, true)).extracting(FieldProblem::field)
        .containsExactly("latitude", "longitude", "capacity");
    InstitutionInput huge = new InstitutionInput("x1", "A", "RPSA", "B", "3504", null, null, Double.NaN, 112.0, 1001,
        "A", null, null, null);
    assertThat(problems(huge, true)).extracting(FieldProblem::field).containsExactly("latitude", "capacity");
  }

  @Test
  void unknownChoicesAndBadContactsAreRefused() {
    InstitutionInput input = new InstitutionInput("x1", "A".repeat(201), "HOTEL", "B", "3504", null, null, -8.0,
        112.0, 1, "AAA", null, "call me", "nobody");
    assertThat(problems(input, true)).extracting(FieldProblem::field)
        .containsExactly("name", "type", "accreditation", "contactPhone", "contactEmail");
    assertThat(problems(input, true)).extracting(FieldProblem::message)
        .contains("Nama lembaga paling panjang 200 karakter.", "Jenis lembaga tidak dikenal.");
  }

  static InstitutionInput with(String regency, String district, String village) {
    return new InstitutionInput("x1", "A", "RPSA", "B", regency, district, village, -8.0, 112.0, 1, "A", null, null,
        null);
  }

  static java.util.List<FieldProblem> problems(InstitutionInput input, boolean creating) {
    ApiException e = catchThrowableOfType(ApiException.class, () -> input.validate(creating, REGIONS));
    assertThat(e).as("expected a validation error").isNotNull();
    assertThat(e.status().value()).isEqualTo(400);
    return e.errors();
  }
}
