package id.terpadu.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NIK rules from reference/nik.md; the region data knows province 35, regency 3504 and district 350401. */
class NikCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final Set<String> KNOWN = Set.of("35", "3504", "350401");

  private final NikCheck check = new NikCheck((code, level) -> KNOWN.contains(code)
      && code.length() == level.codeLength());

  @Test
  void aValidMaleNik() {
    NikCheck.Result result = check.check("3504011205100001", TODAY);

    assertThat(result.valid()).isTrue();
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.sex()).isEqualTo("L");
    assertThat(result.birthDate()).isEqualTo(LocalDate.of(2010, 5, 12));
    assertThat(result.districtCode()).isEqualTo("350401");
    assertThat(result.regencyCode()).isEqualTo("3504");
  }

  @Test
  void aWomansDayHasFortyAdded() {
    NikCheck.Result result = check.check("3504015205100002", TODAY);

    assertThat(result.valid()).isTrue();
    assertThat(result.sex()).isEqualTo("P");
    assertThat(result.birthDate()).isEqualTo(LocalDate.of(2010, 5, 12));
    assertThat(check.check("3504017112100001", TODAY).birthDate()).isEqualTo(LocalDate.of(2010, 12, 31));
    assertThat(check.check("3504014101100001", TODAY).birthDate()).isEqualTo(LocalDate.of(2010, 1, 1));
  }

  @Test
  void theCenturyIsTheLatestThatDoesNotPutTheBirthInTheFuture() {
    assertThat(check.check("3504010101250001", TODAY).birthDate()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(check.check("3504010106250001", TODAY).birthDate()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(check.check("3504010206250001", TODAY).birthDate()).isEqualTo(LocalDate.of(1925, 6, 2));
    assertThat(check.check("3504011508300001", TODAY).birthDate()).isEqualTo(LocalDate.of(1930, 8, 15));
  }

  @Test
  void serialZeroIsNeverIssued() {
    NikCheck.Result result = check.check("3504011205100000", TODAY);

    assertThat(result.valid()).isFalse();
    assertThat(result.errorCodes()).containsExactly(NikCheck.SERIAL);
    assertThat(result.errors().get(0).message()).isEqualTo("Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3504013102100001", "3504017102100001", "3504013104100001", "3504012902010001",
      "3504016902230001"})
  void dayAndMonthMustBeARealDate(String nik) {
    NikCheck.Result result = check.check(nik, TODAY);

    assertThat(result.errorCodes()).containsExactly(NikCheck.DATE);
    assertThat(result.birthDate()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "32", "35", "40", "72", "99"})
  void aDayFieldOutsideOneToThirtyOneOrFortyOneToSeventyOneIsAnError(String day) {
    NikCheck.Result result = check.check("350401" + day + "05100001", TODAY);

    assertThat(result.errorCodes()).containsExactly(NikCheck.DAY);
    assertThat(result.sex()).isNull();
    assertThat(result.birthDate()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "13", "99"})
  void theMonthMustBeOneToTwelve(String month) {
    NikCheck.Result result = check.check("35040112" + month + "100001", TODAY);

    assertThat(result.errorCodes()).containsExactly(NikCheck.MONTH);
    assertThat(result.errors().get(0).message())
        .isEqualTo("Angka bulan lahir pada NIK (digit ke-9 dan ke-10) harus 01–12.");
    assertThat(result.sex()).isEqualTo("L");
    assertThat(result.birthDate()).isNull();
  }

  @Test
  void everyBrokenPartIsReported() {
    assertThat(check.check("3504010013100000", TODAY).errorCodes())
        .containsExactly(NikCheck.DAY, NikCheck.MONTH, NikCheck.SERIAL);
  }

  @Test
  void leapDayOfYearZeroIsTheYear2000() {
    NikCheck.Result male = check.check("3504012902000001", TODAY);
    NikCheck.Result female = check.check("3504016902000001", TODAY);

    assertThat(male.valid()).isTrue();
    assertThat(male.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(female.valid()).isTrue();
    assertThat(female.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(check.check("3504012902240001", TODAY).birthDate()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(strings = {"350401120510001", "35040112051000011", "3504", "1"})
  void aNikHasExactlySixteenDigits(String nik) {
    NikCheck.Result result = check.check(nik, TODAY);

    assertThat(result.errorCodes()).containsExactly(NikCheck.LENGTH);
    assertThat(result.errors().get(0).message())
        .isEqualTo("NIK harus tepat 16 angka; yang diisi " + nik.length() + " karakter.");
    assertThat(result.districtCode()).isNull();
    assertThat(result.sex()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"35040112051000O1", "3504011205100OO1", "350401-205100001",
      "３５０４０１１２０５１００００１", "35040112051000١١", " 504011205100001"})
  void onlyAsciiDigitsAreAllowed(String nik) {
    NikCheck.Result result = check.check(nik, TODAY);

    assertThat(result.errorCodes()).containsExactly(NikCheck.NOT_DIGITS);
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void lettersAndAWrongLengthAreBothReported() {
    assertThat(check.check("3504 0112 0510 0001", TODAY).errorCodes())
        .containsExactly(NikCheck.NOT_DIGITS, NikCheck.LENGTH);
  }

  @Test
  void spacesAndDotsMayBeCleanedBeforeTheCheck() {
    assertThat(NikCheck.clean(" 3504 0112.0510 0001 ")).isEqualTo("3504011205100001");
    assertThat(check.check(NikCheck.clean("3504.0112.0510.0001"), TODAY).valid()).isTrue();
    assertThat(NikCheck.clean(null)).isNull();
  }

  @Test
  void aBlankNikIsAnError() {
    assertThat(check.check(null, TODAY).errorCodes()).containsExactly(NikCheck.BLANK);
    assertThat(check.check("  ", TODAY).errorCodes()).containsExactly(NikCheck.BLANK);
    assertThat(check.check("", TODAY).errors().get(0).message()).isEqualTo("NIK belum diisi.");
  }

  @Test
  void anUnknownProvinceIsAWarningOnly() {
    NikCheck.Result result = check.check("9904011205100001", TODAY);

    assertThat(result.valid()).isTrue();
    assertThat(result.warningCodes()).containsExactly(NikCheck.UNKNOWN_PROVINCE);
    assertThat(result.warnings().get(0).message()).startsWith("Kode provinsi pada NIK (2 digit pertama) tidak"
        + " ditemukan dalam data wilayah Kemendagri saat ini.");
    assertThat(result.districtCode()).isEqualTo("990401");
  }

  @Test
  void anUnknownRegencyIsAWarningOnly() {
    NikCheck.Result result = check.check("3599011205100001", TODAY);

    assertThat(result.valid()).isTrue();
    assertThat(result.warningCodes()).containsExactly(NikCheck.UNKNOWN_REGENCY);
  }

  @Test
  void anUnknownDistrictIsAWarningOnly() {
    NikCheck.Result result = check.check("3504991205100001", TODAY);

    assertThat(result.valid()).isTrue();
    assertThat(result.warningCodes()).containsExactly(NikCheck.UNKNOWN_DISTRICT);
  }

  @Test
  void theRegionIsCheckedEvenWhenTheDateIsBroken() {
    NikCheck.Result result = check.check("9904013102100001", TODAY);

    assertThat(result.errorCodes()).containsExactly(NikCheck.DATE);
    assertThat(result.warningCodes()).containsExactly(NikCheck.UNKNOWN_PROVINCE);
  }

  @Test
  void theRegionDirectoryCanBeUsedDirectly() {
    RegionDirectory directory = mock(RegionDirectory.class);
    when(directory.exists(any(), any())).thenReturn(true);
    when(directory.exists("350402", RegionLevel.DISTRICT)).thenReturn(false);

    assertThat(NikCheck.using(directory).check("3504011205100001", TODAY).warnings()).isEmpty();
    assertThat(NikCheck.using(directory).check("3504021205100001", TODAY).warningCodes())
        .containsExactly(NikCheck.UNKNOWN_DISTRICT);
  }

  @Test
  void aSexOnTheRecordThatDisagreesIsAWarning() {
    NikCheck.Result male = check.check("3504011205100001", "P", null, TODAY);
    NikCheck.Result female = check.check("3504015205100001", "L", null, TODAY);

    assertThat(male.valid()).isTrue();
    assertThat(male.warningCodes()).containsExactly(NikCheck.SEX_MISMATCH);
    assertThat(male.warnings().get(0).message()).isEqualTo("Jenis kelamin pada data (perempuan) tidak sesuai"
        + " dengan NIK (laki-laki). Periksa kembali jenis kelamin atau NIK.");
    assertThat(female.warningCodes()).containsExactly(NikCheck.SEX_MISMATCH);
    assertThat(check.check("3504011205100001", "L", null, TODAY).warnings()).isEmpty();
    assertThat(check.check("3504015205100001", "P", null, TODAY).warnings()).isEmpty();
  }

  @Test
  void aBirthDateOnTheRecordThatDisagreesIsAWarning() {
    String nik = "3504011205100001";

    assertThat(check.check(nik, "L", LocalDate.of(2010, 5, 13), TODAY).warningCodes())
        .containsExactly(NikCheck.BIRTH_DATE_MISMATCH);
    assertThat(check.check(nik, "L", LocalDate.of(2010, 6, 12), TODAY).warningCodes())
        .containsExactly(NikCheck.BIRTH_DATE_MISMATCH);
    assertThat(check.check(nik, "L", LocalDate.of(2011, 5, 12), TODAY).warningCodes())
        .containsExactly(NikCheck.BIRTH_DATE_MISMATCH);
    assertThat(check.check(nik, "P", LocalDate.of(2009, 5, 12), TODAY).warningCodes())
        .containsExactly(NikCheck.SEX_MISMATCH, NikCheck.BIRTH_DATE_MISMATCH);
    assertThat(check.check(nik, "L", LocalDate.of(2010, 5, 12), TODAY).valid()).isTrue();
    assertThat(check.check(nik, "L", LocalDate.of(2010, 5, 12), TODAY).warnings()).isEmpty();
  }

  @Test
  void onlyTheTwoDigitYearIsComparedSinceTheCenturyIsUnknown() {
    assertThat(check.check("3504011205100001", null, LocalDate.of(1910, 5, 12), TODAY).warnings()).isEmpty();
    assertThat(check.check("3504015205100001", null, LocalDate.of(2010, 5, 12), TODAY).warnings()).isEmpty();
  }

  @Test
  void onlyTheNikPartsThatAreValidAreCrossChecked() {
    NikCheck.Result result = check.check("3504013102100001", "P", LocalDate.of(2010, 5, 12), TODAY);

    assertThat(result.warningCodes()).containsExactly(NikCheck.SEX_MISMATCH);
    assertThat(check.check("3504013505100001", "P", LocalDate.of(2010, 5, 12), TODAY).warnings()).isEmpty();
    assertThat(check.check("350401", "P", LocalDate.of(2010, 5, 12), TODAY).warnings()).isEmpty();
  }

  @Test
  void errorsBecomeFieldProblems() {
    NikCheck.Issue issue = check.check("3504011205100000", TODAY).errors().get(0);

    assertThat(issue.toFieldProblem("child.nik").field()).isEqualTo("child.nik");
    assertThat(issue.toFieldProblem("child.nik").code()).isEqualTo(NikCheck.SERIAL);
  }

  @Test
  void messagesNeverContainTheNik() {
    String nik = "9904996905100000";
    NikCheck.Result result = check.check(nik, "L", LocalDate.of(2001, 1, 1), TODAY);

    assertThat(result.warnings()).isNotEmpty();
    assertThat(result.errors()).isNotEmpty();
    assertThat(result.errors()).allSatisfy(issue -> assertThat(issue.message()).doesNotContain("990499", "6905"));
    assertThat(result.warnings()).allSatisfy(issue -> assertThat(issue.message()).doesNotContain("990499"));
  }

  @Test
  void maskingKeepsTheFirstAndLastFourDigits() {
    assertThat(NikCheck.mask("3504011205100001")).isEqualTo("3504********0001");
    assertThat(NikCheck.mask("350401120510001")).isEqualTo("3504*******0001");
    assertThat(NikCheck.mask("12345678")).isEqualTo("********");
    assertThat(NikCheck.mask("123")).isEqualTo("***");
    assertThat(NikCheck.mask("")).isEmpty();
    assertThat(NikCheck.mask(null)).isNull();
  }
}
