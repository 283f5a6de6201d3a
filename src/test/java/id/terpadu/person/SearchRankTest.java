package id.terpadu.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchRankTest {

  @Test
  void theExactNameRanksAboveAnotherSpellingAboveAPartialMatch() {
    double exact = SearchRank.rank("Muhammad Rizky", "muhammad  rizky");
    double variant = SearchRank.rank("Muhammad Rizky", "Moh. Rizki");
    double partial = SearchRank.rank("Rizky", "Muhammad Rizky Pratama");
    assertThat(exact).isEqualTo(1.0);
    assertThat(variant).isEqualTo(SearchRank.SAME_NAME_OTHER_SPELLING);
    assertThat(partial).isLessThan(variant).isGreaterThanOrEqualTo(SearchRank.PART_BASE);
  }

  @Test
  void searchedWordsCoveringMoreOfTheNameRankHigher() {
    assertThat(SearchRank.rank("prasetyo", "Bagus Prasetyo"))
        .isGreaterThan(SearchRank.rank("prasetyo", "Bagus Prasetyo Scope"));
    assertThat(SearchRank.rank("bag pras", "Bagus Prasetyo")).isGreaterThanOrEqualTo(SearchRank.PART_BASE);
  }

  @Test
  void aNameFoundOnlyByItsKeyMustBeAlike() {
    // Rina and Roni share the key "rn" but are different names.
    double rank = SearchRank.rank("Rina", "Roni");
    assertThat(SearchRank.listed("Rina", "Roni", rank)).isFalse();
    double sity = SearchRank.rank("Siti Aminah", "Sity Amina");
    assertThat(SearchRank.listed("Siti Aminah", "Sity Amina", sity)).isTrue();
    // Plain text containment is always listed, however low it ranks.
    double text = SearchRank.rank("ra", "Bagus Prasetyo");
    assertThat(text).isGreaterThanOrEqualTo(SearchRank.CONTAINS);
    assertThat(SearchRank.listed("ra", "Bagus Prasetyo", text)).isTrue();
  }
}
