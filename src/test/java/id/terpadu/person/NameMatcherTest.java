package id.terpadu.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spelling variants of Indonesian names match strongly; different names do not. */
class NameMatcherTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
      "Muhammad Rizki, Muhamad Rizki",
      "Muhammad Rizki, Mohammad Rizki",
      "Muhammad Rizki, Mohamad Rizki",
      "Muhammad Rizki, Mochammad Rizki",
      "Muhammad Rizki, Muchamad Rizki",
      "Muhammad Rizki, Moch. Rizki",
      "Muhammad Rizki, Moh. Rizki",
      "Muhammad Rizki, Mohd. Rizki",
      "Muhammad Rizki, Muh. Rizki",
      "Muhammad Rizki, M. Rizki",
      "Muhammad Rizki, M Rizky",
      "Muhammad Rizki, Mohammed Rizqi",
      "Siti Aminah, Sity Aminah",
      "Siti Aminah, Sitti Aminah",
      "Soekarno, Sukarno",
      "Soeharto, Suharto",
      "Djoko Susilo, Joko Susilo",
      "Tjahjo Kumolo, Cahyo Kumolo",
      "Soerjo, Suryo",
      "Sjahrir, Syahrir",
      "Wahjudi, Wahyudi",
      "Njoman Sudarsa, Nyoman Sudarsa",
      "Jogja, Yogya",
      "Chairul Anam, Khairul Anam",
      "Achmad Fauzi, Ahmad Fauzi",
      "Akhmad Fauzi, Ahmad Fauzi",
      "Chadidjah, Khadijah",
      "Abdoel Kadir, Abdul Kadir",
      "Abd. Kadir, Abdul Kadir",
      "Yussuf Hakim, Yusuf Hakim",
      "Ramadhan, Ramadan",
      "Taufiq Hidayat, Taufik Hidayat",
      "Stephanus, Stefanus",
      "Nurul Huda, Nur Huda",
      "Noer Huda, Nur Huda",
      "Nurhuda, Nur Huda",
      "Nurul Aini, Nuraini",
      "Ma'ruf Amin, Maruf Amin",
      "'  siti   AMINAH ', Siti Aminah",
      "Siti-Aminah, Siti Aminah",
      "Siti Aminah, Aminah Siti",
      "Dewi Sri Lestari, Lestari Dewi Sri",
      "Ahmad bin Abdullah, Ahmad Abdullah",
      "Rudy Hartono, Rudi Hartono",
      "Novi, Nofi",
      "Syifa, Shifa",
      "Aminah, Amina",
      "Santoso, Santosa",
      "José, Jose",
  })
  void spellingVariantsMatchStrongly(String a, String b) {
    assertThat(NameMatcher.similarity(a, b)).isGreaterThanOrEqualTo(NameMatcher.STRONG_MATCH);
    assertThat(NameMatcher.similarity(b, a)).isEqualTo(NameMatcher.similarity(a, b));
    assertThat(NameMatcher.matches(a, b)).isTrue();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
      "Siti Aminah, Siti Rahayu",
      "Agus Santoso, Agus Salim",
      "Dewi, Dedi",
      "Rina, Rini",
      "Budi Santoso, Budi Susanto",
      "Muhammad Rizki, Muhammad Fajar",
      "Nur Aini, Nur Hidayah",
      "Siti Aminah, Aminah",
      "Joko Widodo, Bambang Widodo",
      "Ahmad, Agus",
  })
  void differentNamesStayBelowTheThreshold(String a, String b) {
    assertThat(NameMatcher.similarity(a, b)).isLessThan(NameMatcher.STRONG_MATCH);
    assertThat(NameMatcher.matches(a, b)).isFalse();
  }

  @Test
  void sharingOnlyACommonWordScoresLow() {
    assertThat(NameMatcher.similarity("Siti Aminah", "Siti Rahayu")).isLessThan(0.5);
    assertThat(NameMatcher.similarity("Agus Santoso", "Agus Salim")).isLessThan(0.5);
    assertThat(NameMatcher.similarity("Muhammad Rizki", "Muhammad Fajar")).isLessThan(0.5);
  }

  @Test
  void identicalNormalisedNamesScoreOne() {
    assertThat(NameMatcher.similarity("Muhammad Rizki", "M. Rizki")).isEqualTo(1.0);
    assertThat(NameMatcher.similarity("Siti Aminah", "Aminah Siti")).isEqualTo(1.0);
    assertThat(NameMatcher.similarity("Nurhuda", "Nur Huda")).isEqualTo(NameMatcher.SPACING_MATCH);
  }

  @Test
  void aTypoStillScoresHigherThanAnotherName() {
    double typo = NameMatcher.similarity("Siti Aminah", "Siti Aminan");
    double other = NameMatcher.similarity("Siti Aminah", "Siti Rahayu");

    assertThat(typo).isGreaterThanOrEqualTo(NameMatcher.STRONG_MATCH);
    assertThat(typo).isGreaterThan(other);
  }

  @Test
  void anInitialIsAWeakMatch() {
    double initial = NameMatcher.similarity("Siti A.", "Siti Aminah");

    assertThat(initial).isLessThan(NameMatcher.STRONG_MATCH);
    assertThat(initial).isGreaterThan(NameMatcher.similarity("Siti R.", "Siti Aminah"));
  }

  @Test
  void aMissingNameMatchesNothing() {
    assertThat(NameMatcher.similarity(null, "Siti")).isZero();
    assertThat(NameMatcher.similarity("Siti", " ")).isZero();
    assertThat(NameMatcher.similarity("...", "Siti")).isZero();
    assertThat(NameMatcher.normalise(null)).isEmpty();
    assertThat(NameMatcher.key(null)).isEmpty();
  }

  @Test
  void theNormalisedFormShowsTheRules() {
    assertThat(NameMatcher.normalise("Mochammad  Soekarno-Djojo")).isEqualTo("muhamad sukarno joyo");
    assertThat(NameMatcher.normalise("M. Tjahjo")).isEqualTo("muhamad cahyo");
    assertThat(NameMatcher.normalise("Nurul Sity bin Achmad")).isEqualTo("nur siti ahmad");
    assertThat(NameMatcher.normalise("Harjono")).isEqualTo("harjono");
    assertThat(NameMatcher.normalise("Hardjono")).isEqualTo("harjono");
    assertThat(NameMatcher.normalise("M")).isEqualTo("m");
  }

  @Test
  void variantsShareTheKey() {
    assertThat(NameMatcher.key("Siti Aminah")).isEqualTo("amn");
    assertThat(NameMatcher.key("Aminah Siti")).isEqualTo("amn");
    assertThat(NameMatcher.key("Sity Amina")).isEqualTo("amn");
    assertThat(NameMatcher.key("Muhammad Rizki")).isEqualTo(NameMatcher.key("M. Rizky"));
    assertThat(NameMatcher.key("Tjahjo Kumolo")).isEqualTo(NameMatcher.key("Cahyo Kumolo"));
    assertThat(NameMatcher.key("Jogja")).isEqualTo(NameMatcher.key("Yogya"));
    assertThat(NameMatcher.key("Santoso")).isEqualTo(NameMatcher.key("Santosa"));
    assertThat(NameMatcher.key("Chadidjah")).isEqualTo(NameMatcher.key("Khadijah"));
    assertThat(NameMatcher.key("Siti")).isEqualTo("st");
    assertThat(NameMatcher.key("Budi Santoso")).isEqualTo("bd snts");
  }

  @Test
  void differentNamesHaveDifferentKeys() {
    assertThat(NameMatcher.key("Siti Aminah")).isNotEqualTo(NameMatcher.key("Siti Rahayu"));
    assertThat(NameMatcher.key("Agus Santoso")).isNotEqualTo(NameMatcher.key("Agus Salim"));
    assertThat(NameMatcher.key("Dewi")).isNotEqualTo(NameMatcher.key("Dedi"));
  }

  @Test
  void keyPartsIndexEveryDistinctiveWord() {
    assertThat(NameMatcher.keyParts("Muhammad Rizki Ramadhan")).containsExactly("rmdn", "rzk");
    assertThat(NameMatcher.keyParts("Siti Aminah")).containsExactly("amn");
  }

  @Test
  void jaroWinklerKnownValues() {
    assertThat(NameMatcher.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.001));
    assertThat(NameMatcher.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
    assertThat(NameMatcher.jaroWinkler("abc", "xyz")).isZero();
  }
}
