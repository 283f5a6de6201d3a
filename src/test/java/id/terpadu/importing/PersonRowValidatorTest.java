package id.terpadu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.access.RegionScope;
import id.terpadu.person.NameMatcher;
import id.terpadu.person.NikCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonRowValidatorTest {

  static final Set<String> REGIONS = Set.of("35", "3504", "350401", "3504011001", "3503", "350301", "3503012001");
  static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
  static final ImportColumns COLUMNS = ImportColumns.of(
      List.of("name", "sex", "birth_date", "village_code", "nik", "kk", "birth_place", "phone", "disability",
          "source_id"), PersonImport.REQUIRED, PersonImport.OPTIONAL);

  final NikCheck nikCheck = new NikCheck((code, level) -> REGIONS.contains(code));

  PersonRowValidator validator(RegionScope scope) {
    return new PersonRowValidator(nikCheck, REGIONS::contains, scope, TODAY);
  }

  static CsvReader.Record row(String... fields) {
    List<String> all = new ArrayList<>(Arrays.asList(fields));
    while (all.size() < 10) {
      all.add("");
    }
    return new CsvReader.Record(7, all);
  }

  @Test
  void aCompleteRowIsValid() {
    PersonRowValidator.Result result = validator(RegionScope.of(List.of("3504"))).check(COLUMNS,
        row("  Siti   Aminah ", "p", "2010-03-14", "3504011001", "3504015403100001", "3504010101100003",
            "Tulungagung", "+62 812-3456-7890", "tunanetra", "DTKS-1"));
    assertThat(result.problems()).isEmpty();
    PersonRow person = result.row();
    assertThat(person.name()).isEqualTo("Siti Aminah");
    assertThat(person.nameKey()).isEqualTo(NameMatcher.key("Siti Aminah"));
    assertThat(person.sex()).isEqualTo("P");
    assertThat(person.birthDate()).isEqualTo(LocalDate.of(2010, 3, 14));
    assertThat(person.regencyCode()).isEqualTo("3504");
    assertThat(person.districtCode()).isEqualTo("350401");
    assertThat(person.line()).isEqualTo(7);
    assertThat(person.identified()).isTrue();
  }

  @Test
  void onlyTheRequiredColumnsAreNeeded() {
    PersonRowValidator.Result result = validator(null).check(COLUMNS, row("Budi", "L", "2012-05-31", "3503012001"));
    assertThat(result.valid()).isTrue();
    assertThat(result.row().nik()).isNull();
    assertThat(result.row().identified()).isFalse();
  }

  @Test
  void missingRequiredValuesAreEachReported() {
    PersonRowValidator.Result result = validator(null).check(COLUMNS, row("", "", "", ""));
    assertThat(result.problems()).hasSize(4);
    assertThat(result.reason()).contains("name", "sex", "birth_date", "village_code");
  }

  @Test
  void badValuesAreRejectedWithReasons() {
    PersonRowValidator.Result result = validator(null).check(COLUMNS,
        row("1234", "X", "31-05-2012", "35040110", "", "12345", "", "bukan nomor", "", "x".repeat(101)));
    assertThat(result.valid()).isFalse();
    assertThat(result.problems()).hasSize(7);
    assertThat(result.reason()).contains("huruf", "L (laki-laki)", "yyyy-MM-dd", "10 angka", "kk", "phone",
        "source_id");
  }

  @Test
  void impossibleFutureAndAncientDatesAreRejected() {
    assertThat(validator(null).check(COLUMNS, row("Budi", "L", "2012-02-30", "3503012001")).reason())
        .contains("yyyy-MM-dd");
    assertThat(validator(null).check(COLUMNS, row("Budi", "L", "2026-01-16", "3503012001")).reason())
        .contains("setelah hari ini");
    assertThat(validator(null).check(COLUMNS, row("Budi", "L", "1899-12-31", "3503012001")).reason())
        .contains("1900");
  }

  @Test
  void theVillageMustExistAndLieInTheImportersScope() {
    assertThat(validator(null).check(COLUMNS, row("Budi", "L", "2012-05-31", "3504019999")).reason())
        .contains("tidak ada dalam data wilayah");
    PersonRowValidator tulungagung = validator(RegionScope.of(List.of("3504")));
    assertThat(tulungagung.check(COLUMNS, row("Budi", "L", "2012-05-31", "3503012001")).reason())
        .isEqualTo("Desa/kelurahan 3503012001 di luar wilayah kerja Anda.");
    assertThat(validator(RegionScope.of(List.of())).check(COLUMNS, row("Budi", "L", "2012-05-31", "3504011001"))
        .valid()).isFalse();
    // An administrator (no scope) imports into any region.
    assertThat(validator(null).check(COLUMNS, row("Budi", "L", "2012-05-31", "3503012001")).valid()).isTrue();
  }

  @Test
  void nikErrorsRejectTheRowNikWarningsDoNot() {
    PersonRowValidator v = validator(null);
    assertThat(v.check(COLUMNS, row("Budi", "L", "2010-03-14", "3504011001", "3504011403100000")).reason())
        .contains("0000");
    assertThat(v.check(COLUMNS, row("Budi", "L", "2010-03-14", "3504011001", "350401140310")).reason())
        .contains("16 angka");
    assertThat(v.check(COLUMNS, row("Budi", "L", "2010-03-14", "3504011001", "35040114031O0001")).valid()).isFalse();
    // Warnings: the NIK says female and another birth date, its district is unknown: still accepted.
    PersonRowValidator.Result warned = v.check(COLUMNS,
        row("Budi", "L", "2011-01-01", "3504011001", "3599015403100001"));
    assertThat(warned.problems()).isEmpty();
    assertThat(warned.row().nik()).isEqualTo("3599015403100001");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsRejected() {
    CsvReader.Record shortRow = new CsvReader.Record(3, List.of("Budi", "L"));
    assertThat(validator(null).check(COLUMNS, shortRow).reason()).contains("2 kolom", "seharusnya 10");
  }

  @Test
  void reasonsNeverRepeatANameOrNik() {
    String reason = validator(RegionScope.of(List.of("3503"))).check(COLUMNS,
        row("Siti Aminah", "L", "2010-03-14", "3504011001", "3504011403100000")).reason();
    assertThat(reason).doesNotContain("Siti").doesNotContain("3504011403100000");
  }
}
