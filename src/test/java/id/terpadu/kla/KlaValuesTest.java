package id.terpadu.kla;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.web.FieldProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validation of indicator values for every unit and the evidence rule, with the messages users read. */
class KlaValuesTest {

  static final KlaCatalogue CATALOGUE = new KlaCatalogue();
  static final KlaIndicator PERCENT = CATALOGUE.find("K1.1").orElseThrow();   // birth certificates, no evidence
  static final KlaIndicator YES_NO = CATALOGUE.find("K1.2").orElseThrow();    // evidence required
  static final KlaIndicator COUNT = CATALOGUE.find("K1.3").orElseThrow();     // no evidence
  static final KlaIndicator RATE = CATALOGUE.find("K3.1").orElseThrow();      // infant mortality per 1000
  static final KlaIndicator BUDGET = CATALOGUE.find("K0.2").orElseThrow();    // percent with evidence

  @ParameterizedTest(name = "percent {0} -> {1}")
  @CsvSource({"0, 0", "100, 100", "87.5, 87.5", "87.50, 87.5", "'87,25', 87.25", "' 42 ', 42"})
  void percentagesFrom0To100AreAccepted(String raw, String stored) {
    assertThat(KlaValues.normalize(PERCENT, raw)).isEqualTo(stored);
  }

  @ParameterizedTest(name = "percent {0}: {1}")
  @CsvSource({
      "-1,     'Nilai K1.1 adalah persentase: harus antara 0 dan 100.'",
      "100.01, 'Nilai K1.1 adalah persentase: harus antara 0 dan 100.'",
      "abc,    'Nilai K1.1 harus berupa angka.'",
      "12.345, 'Nilai K1.1 paling banyak dua angka di belakang koma.'",
      "'',     'Nilai K1.1 wajib diisi.'"})
  void percentagesOutsideTheRangeAreRefused(String raw, String message) {
    assertThat(problem(PERCENT, raw)).isEqualTo(message);
  }

  @Test
  void numbersFromTheFormAreAcceptedAsNumbers() {
    assertThat(KlaValues.normalize(PERCENT, 87.5d)).isEqualTo("87.5");
    assertThat(KlaValues.normalize(COUNT, 12L)).isEqualTo("12");
    assertThat(KlaValues.normalize(COUNT, 3.0d)).isEqualTo("3");
  }

  @ParameterizedTest(name = "count {0}: {1}")
  @CsvSource({
      "0,    ",
      "17,   ",
      "-1,   'Nilai K1.3 adalah jumlah: harus bilangan bulat 0 atau lebih.'",
      "2.5,  'Nilai K1.3 adalah jumlah: harus bilangan bulat 0 atau lebih.'",
      "dua,  'Nilai K1.3 harus berupa angka.'"})
  void countsAreWholeNumbersOfZeroOrMore(String raw, String message) {
    assertThat(problem(COUNT, raw)).isEqualTo(message);
  }

  @ParameterizedTest(name = "yes/no {0} -> {1}")
  @CsvSource({"YA, YA", "ya, YA", "true, YA", "TIDAK, TIDAK", "false, TIDAK"})
  void yesNoAnswersAreYaOrTidak(String raw, String stored) {
    assertThat(KlaValues.normalize(YES_NO, raw)).isEqualTo(stored);
  }

  @Test
  void yesNoRefusesAnythingElse() {
    assertThat(problem(YES_NO, "mungkin")).isEqualTo("Nilai K1.2 harus Ya atau Tidak.");
    assertThat(problem(YES_NO, null)).isEqualTo("Nilai K1.2 wajib diisi.");
  }

  @Test
  void ratesPer1000LiveBirthsGoFrom0To1000() {
    assertThat(KlaValues.normalize(RATE, "16.85")).isEqualTo("16.85");
    assertThat(problem(RATE, "1000.5")).isEqualTo("Nilai K3.1 per 1.000 kelahiran hidup: harus antara 0 dan 1000.");
    assertThat(problem(RATE, "-3")).isEqualTo("Nilai K3.1 per 1.000 kelahiran hidup: harus antara 0 dan 1000.");
  }

  @Test
  void aYesNeedsEvidenceWhereTheCatalogueSaysSoANoDoesNot() {
    List<KlaIndicator> cluster1 = CATALOGUE.ofCluster(1);
    Map<String, Object> form = new HashMap<>(Map.of("ind_K1_1", 80, "ind_K1_2", "YA", "ind_K1_3", 4));

    KlaValues.Checked withoutEvidence = KlaValues.check(cluster1, form::get, Set.of());
    assertThat(withoutEvidence.valid()).isFalse();
    assertThat(withoutEvidence.problems()).extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ind_K1_2", "EVIDENCE_REQUIRED",
            "Bukti dukung K1.2 wajib diunggah sebelum dikirim."));
    assertThat(withoutEvidence.values()).isEmpty();

    KlaValues.Checked withEvidence = KlaValues.check(cluster1, form::get, Set.of("K1.2"));
    assertThat(withEvidence.valid()).isTrue();
    assertThat(withEvidence.values()).containsExactly(Map.entry("K1.1", "80"), Map.entry("K1.2", "YA"),
        Map.entry("K1.3", "4"));

    form.put("ind_K1_2", "TIDAK");
    assertThat(KlaValues.check(cluster1, form::get, Set.of()).valid()).isTrue();
  }

  @Test
  void numericIndicatorsWithRequiredEvidenceNeedItForEveryValue() {
    KlaValues.Checked checked = KlaValues.check(List.of(BUDGET), Map.<String, Object>of("ind_K0_2", 0)::get,
        Set.of());
    assertThat(checked.message()).isEqualTo("Bukti dukung K0.2 wajib diunggah sebelum dikirim.");
    assertThat(KlaValues.check(List.of(BUDGET), Map.<String, Object>of("ind_K0_2", 3.5)::get, Set.of("K0.2"))
        .values()).containsEntry("K0.2", "3.5");
  }

  @Test
  void evidenceForAnotherIndicatorDoesNotCount() {
    KlaValues.Checked checked = KlaValues.check(List.of(YES_NO), Map.<String, Object>of("ind_K1_2", "YA")::get,
        Set.of("K1.1"));
    assertThat(checked.valid()).isFalse();
  }

  @Test
  void everyProblemOfASubmissionIsReportedAtOnce() {
    KlaValues.Checked checked = KlaValues.check(CATALOGUE.ofCluster(1),
        Map.<String, Object>of("ind_K1_1", 130, "ind_K1_3", -2)::get, Set.of());
    assertThat(checked.problems()).extracting(FieldProblem::field).containsExactly("ind_K1_1", "ind_K1_2",
        "ind_K1_3");
    assertThat(checked.message()).isEqualTo("Nilai K1.1 adalah persentase: harus antara 0 dan 100. "
        + "Nilai K1.2 wajib diisi. Nilai K1.3 adalah jumlah: harus bilangan bulat 0 atau lebih.");
  }

  private static String problem(KlaIndicator indicator, Object raw) {
    KlaValues.Checked checked = KlaValues.check(List.of(indicator), name -> raw, Set.of(indicator.code()));
    return checked.valid() ? null : checked.message();
  }
}
