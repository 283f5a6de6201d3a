package id.terpadu.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.terpadu.agency.AgencyValidator.ValidAgency;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for an agency record, without a database (the region directory knows 3503 and 3504). */
class AgencyValidatorTest {

  private final AgencyValidator validator = new AgencyValidator(regions("3503", "3504"), new ServiceTypes());

  private static RegionDirectory regions(String... regencies) {
    RegionDirectory regions = mock(RegionDirectory.class);
    when(regions.exists(any(), any())).thenReturn(false);
    for (String regency : regencies) {
      when(regions.exists(eq(regency), eq(RegionLevel.REGENCY))).thenReturn(true);
    }
    return regions;
  }

  private static AgencyInput input(String code, String name, String email) {
    return new AgencyInput(code, name, email, null, List.of("3504"), List.of("LEGAL_AID"), null);
  }

  private List<FieldProblem> problems(AgencyInput input, String existingCode) {
    try {
      validator.validate(input, existingCode);
    } catch (ApiException e) {
      assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
      return e.errors();
    }
    return List.of();
  }

  @Test
  void aValidAgencyIsTrimmedAndItsListsLoseBlanksAndRepeats() {
    ValidAgency valid = validator.validate(new AgencyInput(" lbh-surya ", "  LBH Surya  ", " lbh@surya.or.id ",
        " 0355 321 000 ", Arrays.asList("3504", " 3503 ", "3504", "", null),
        List.of("LEGAL_AID", "DIVERSION", "LEGAL_AID"), null), null);

    assertThat(valid).isEqualTo(new ValidAgency("lbh-surya", "LBH Surya", "lbh@surya.or.id", "0355 321 000",
        Set.of("3503", "3504"), Set.of("DIVERSION", "LEGAL_AID"), null));
    assertThat(valid.regencyCodes()).containsExactly("3503", "3504");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsud", "lbh-surya", "a", "puskesmas-2", "rs-dr-iskak-tulungagung",
      "abcdefghij-abcdefghij-abcdefghij-abcdefg"})
  void codesOfLowerCaseLettersDigitsAndInnerDashesAreAccepted(String code) {
    assertThat(problems(input(code, "Mitra Uji", "a@b.id"), null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"RSUD", "-rsud", "rsud-", "rs--ud", "rs ud", "rs_ud", "rsüd", "agency/rsud",
      "abcdefghij-abcdefghij-abcdefghij-abcdefgh"})
  void otherCodesAreRejected(String code) {
    assertThat(problems(input(code, "Mitra Uji", "a@b.id"), null))
        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("code", "FORMAT"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@b.id", "layanan.anak@rsud.tulungagung.go.id", "lbh+rujukan@surya.or.id"})
  void wellFormedEmailsAreAccepted(String email) {
    assertThat(problems(input("lbh", "LBH Surya", email), null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lbh", "lbh@surya", "lbh surya@surya.or.id", "@surya.or.id", "lbh@@surya.or.id",
      "lbh@surya..id"})
  void malformedEmailsAreRejected(String email) {
    assertThat(problems(input("lbh", "LBH Surya", email), null)).extracting(FieldProblem::field)
        .containsExactly("email");
  }

  @Test
  void aNameHasThreeToTwoHundredCharacters() {
    assertThat(problems(input("lbh", "LBH", "a@b.id"), null)).isEmpty();
    assertThat(problems(input("lbh", "L".repeat(200), "a@b.id"), null)).isEmpty();
    assertThat(problems(input("lbh", "  LB  ", "a@b.id"), null)).extracting(FieldProblem::message)
        .containsExactly("Nama mitra harus 3–200 karakter.");
    assertThat(problems(input("lbh", "L".repeat(201), "a@b.id"), null)).extracting(FieldProblem::field)
        .containsExactly("name");
  }

  @Test
  void everyBadFieldIsReportedAtOnceInBahasaIndonesia() {
    List<FieldProblem> problems = problems(new AgencyInput("RSUD", "R", "rsud", "nomor", List.of("3504", "3578"),
        List.of("TERAPI"), null), null);

    assertThat(problems).extracting(FieldProblem::field)
        .containsExactly("code", "name", "email", "phone", "regencyCodes[1]", "serviceTypes[0]");
    assertThat(problems).extracting(FieldProblem::message).contains(
        "Kabupaten/kota tidak dikenal: 3578 (kode 4 angka menurut kode wilayah Kemendagri).",
        "Jenis layanan tidak dikenal: TERAPI.");
  }

  @Test
  void anAgencyServesAtLeastOneRegencyWithAtLeastOneService() {
    List<FieldProblem> problems = problems(new AgencyInput("lbh", "LBH Surya", "a@b.id", null,
        List.of(" "), null, null), null);

    assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
        tuple("regencyCodes", "REQUIRED"),
        tuple("serviceTypes", "REQUIRED"));
  }

  @Test
  void anUpdateKeepsTheCodeOfThePath() {
    assertThat(validator.validate(input(null, "LBH Surya", "a@b.id"), "lbh").code()).isEqualTo("lbh");
    assertThat(validator.validate(input("lbh", "LBH Surya", "a@b.id"), "lbh").code()).isEqualTo("lbh");
    assertThatThrownBy(() -> validator.validate(input("lbh-baru", "LBH Surya", "a@b.id"), "lbh"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldProblem("code", "IMMUTABLE", "Kode mitra tidak dapat diubah.")));
  }

  @Test
  void listFiltersMustBeAKnownServiceTypeAndARegencyCode() {
    validator.validateFilters("LEGAL_AID", "3201");
    validator.validateFilters(null, null);
    assertThatThrownBy(() -> validator.validateFilters("LEGAL", "350401"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors()).extracting(FieldProblem::field)
            .containsExactly("serviceType", "regencyCode"));
  }
}
