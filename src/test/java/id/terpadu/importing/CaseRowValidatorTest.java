package id.terpadu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.access.RegionScope;
import id.terpadu.casefile.CaseCategories;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.Channel;
import id.terpadu.casefile.ClosureReason;
import id.terpadu.casefile.RiskLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseRowValidatorTest {

  static final Set<String> REGIONS = Set.of("350401", "3504011001", "350301", "3503012001");
  static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
  /** The columns in the order of {@link #row}. */
  static final ImportColumns COLUMNS = ImportColumns.of(List.of("case_number", "received_date", "category",
      "risk_level", "channel", "district_code", "village_code", "child_sex", "child_birth_date", "status",
      "closed_date", "closure_reason"), CaseImport.REQUIRED, CaseImport.OPTIONAL);

  final CaseCategories categories = new CaseCategories();

  CaseRowValidator validator(RegionScope scope) {
    return new CaseRowValidator(categories, REGIONS::contains, scope, TODAY);
  }

  static CsvReader.Record row(String... fields) {
    List<String> all = new ArrayList<>(Arrays.asList(fields));
    while (all.size() < 12) {
      all.add("");
    }
    return new CsvReader.Record(5, all);
  }

  @Test
  void aCompleteClosedCaseIsValid() {
    CaseRowValidator.Result result = validator(RegionScope.of(List.of("3504"))).check(COLUMNS, row("  12/ULT/2016 ",
        "2016-12-20", "abh", "tinggi", "walk_in", "350401", "3504011001", "p", "2008-02-29", "closed", "2017-01-10",
        "goals_met"));
    assertThat(result.problems()).isEmpty();
    CaseRow c = result.row();
    assertThat(c.caseNumber()).isEqualTo("12/ULT/2016");
    assertThat(c.receivedDate()).isEqualTo(LocalDate.of(2016, 12, 20));
    assertThat(c.category()).isEqualTo("ABH");
    assertThat(c.riskLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(c.channel()).isEqualTo(Channel.WALK_IN);
    assertThat(List.of(c.regencyCode(), c.districtCode(), c.villageCode()))
        .containsExactly("3504", "350401", "3504011001");
    assertThat(c.childSex()).isEqualTo("P");
    assertThat(c.childBirthDate()).isEqualTo(LocalDate.of(2008, 2, 29));
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.closedDate()).isEqualTo(LocalDate.of(2017, 1, 10));
    assertThat(c.closureReason()).isEqualTo(ClosureReason.GOALS_MET);
    assertThat(c.line()).isEqualTo(5);
  }

  @Test
  void categoriesAreCodesOrLabelsInAnyCase() {
    CaseRowValidator v = validator(null);
    assertThat(v.check(COLUMNS, row("1", "2016-01-01", "Kekerasan Fisik", "", "", "350401")).row().category())
        .isEqualTo("KEKERASAN_FISIK");
    assertThat(v.check(COLUMNS, row("1", "2016-01-01", "kekerasan_seksual", "", "", "350401")).row().category())
        .isEqualTo("KEKERASAN_SEKSUAL");
    assertThat(v.check(COLUMNS, row("1", "2016-01-01", "DISPENSASI  NIKAH", "", "", "350401")).row().category())
        .isEqualTo("DISPENSASI_NIKAH");
    assertThat(v.check(COLUMNS, row("1", "2016-01-01", "Pencurian", "", "", "350401")).reason())
        .contains("Kategori kasus tidak dikenal");
  }

  @Test
  void statusFollowsTheClosureWhenNotGiven() {
    CaseRowValidator v = validator(null);
    CaseRow open = v.check(COLUMNS, row("1", "2016-01-01", "ABH", "", "", "350401")).row();
    assertThat(open.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(open.regencyCode()).isEqualTo("3504");
    assertThat(open.villageCode()).isNull();
    CaseRow closed = v.check(COLUMNS, row("1", "2016-01-01", "ABH", "", "", "350401", "", "", "", "", "2016-02-01"))
        .row();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.closureReason()).isNull();
  }

  @Test
  void missingRequiredValuesAreEachReported() {
    CaseRowValidator.Result result = validator(null).check(COLUMNS, row("", "", ""));
    assertThat(result.reason()).contains("case_number", "received_date", "category", "village_code");
    assertThat(result.problems()).hasSize(4);
  }

  @Test
  void badDatesAreRejected() {
    CaseRowValidator v = validator(null);
    assertThat(v.check(COLUMNS, row("1", "2016-02-30", "ABH", "", "", "350401")).reason()).contains("yyyy-MM-dd");
    assertThat(v.check(COLUMNS, row("1", "20/05/2016", "ABH", "", "", "350401")).reason()).contains("yyyy-MM-dd");
    assertThat(v.check(COLUMNS, row("1", "2026-01-16", "ABH", "", "", "350401")).reason())
        .contains("setelah hari ini");
    assertThat(v.check(COLUMNS, row("1", "1989-12-31", "ABH", "", "", "350401")).reason()).contains("1990");
    assertThat(v.check(COLUMNS, row("1", "2016-05-01", "ABH", "", "", "350401", "", "", "", "CLOSED",
        "2016-04-30")).reason()).contains("sebelum tanggal kasus diterima");
    assertThat(v.check(COLUMNS, row("1", "2016-05-01", "ABH", "", "", "350401", "", "L", "2016-05-02")).reason())
        .contains("Tanggal lahir anak");
  }

  @Test
  void statusAndClosureMustAgree() {
    CaseRowValidator v = validator(null);
    assertThat(v.check(COLUMNS, row("1", "2016-05-01", "ABH", "", "", "350401", "", "", "", "OPEN", "2016-06-01"))
        .reason()).contains("OPEN");
    assertThat(v.check(COLUMNS, row("1", "2016-05-01", "ABH", "", "", "350401", "", "", "", "CLOSED")).reason())
        .contains("closed_date");
    assertThat(v.check(COLUMNS, row("1", "2016-05-01", "ABH", "", "", "350401", "", "", "", "SELESAI")).reason())
        .contains("OPEN, CLOSED");
  }

  @Test
  void badCodesAreRejectedWithTheChoices() {
    CaseRowValidator.Result result = validator(null).check(COLUMNS, row("1", "2016-05-01", "ABH", "EXTREME",
        "EMAIL", "350401", "", "X", "", "CLOSED", "2016-06-01", "SOLVED"));
    assertThat(result.problems()).hasSize(4);
    assertThat(result.reason()).contains("risk_level", "channel", "child_sex", "closure_reason");
  }

  @Test
  void theRegionMustExistFitAndLieInTheImportersScope() {
    CaseRowValidator v = validator(null);
    assertThat(v.check(COLUMNS, row("1", "2016-05-01", "ABH", "", "", "", "3504019999")).reason())
        .contains("tidak ada dalam data wilayah");
    assertThat(v.check(COLUMNS, row("1", "2016-05-01", "ABH", "", "", "350301", "3504011001")).reason())
        .contains("tidak terletak di kecamatan");
    assertThat(v.check(COLUMNS, row("1", "2016-05-01", "ABH", "", "", "35040", "")).reason())
        .contains("6 angka");
    assertThat(validator(RegionScope.of(List.of("3504"))).check(COLUMNS,
        row("1", "2016-05-01", "ABH", "", "", "", "3503012001")).reason())
        .isEqualTo("Wilayah 3503012001 di luar wilayah kerja Anda.");
    assertThat(v.check(COLUMNS, row("1", "2016-05-01", "ABH", "", "", "", "3503012001")).valid()).isTrue();
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsRejected() {
    assertThat(validator(null).check(COLUMNS, new CsvReader.Record(3, List.of("1", "2016-01-01"))).reason())
        .contains("2 kolom", "seharusnya 12");
  }
}
