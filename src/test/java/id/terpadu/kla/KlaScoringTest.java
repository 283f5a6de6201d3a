package id.terpadu.kla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The default scoring rule and its configuration. */
class KlaScoringTest {

  final KlaCatalogue catalogue = new KlaCatalogue();

  KlaScoring scoring(Map<Integer, Integer> points, int countTarget, List<KlaProperties.Band> bands) {
    return new KlaScoring(catalogue, new KlaProperties(new KlaProperties.Evidence(DataSize.ofMegabytes(10)),
        new KlaProperties.Scoring(points, countTarget, bands)));
  }

  @Test
  void byDefaultThousandPointsAreSharedByTheIndicators() {
    KlaScoring scoring = scoring(null, 1, null);
    assertThat(scoring.allClusterPoints()).containsExactlyInAnyOrderEntriesOf(
        Map.of(0, 226, 1, 97, 2, 97, 3, 290, 4, 161, 5, 129));
    assertThat(scoring.allClusterPoints().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
  }

  @Test
  void achievementPerUnitAndDirection() {
    KlaScoring scoring = scoring(null, 1, null);
    assertThat(scoring.achievement(catalogue.find("K1.1").orElseThrow(), "80")).isCloseTo(0.8, within(1e-9));
    assertThat(scoring.achievement(catalogue.find("K2.1").orElseThrow(), "10")).isCloseTo(0.9, within(1e-9));
    assertThat(scoring.achievement(catalogue.find("K3.1").orElseThrow(), "20")).isCloseTo(0.98, within(1e-9));
    assertThat(scoring.achievement(catalogue.find("K1.2").orElseThrow(), "YA")).isEqualTo(1);
    assertThat(scoring.achievement(catalogue.find("K1.2").orElseThrow(), "TIDAK")).isEqualTo(0);
    assertThat(scoring.achievement(catalogue.find("K1.3").orElseThrow(), "0")).isEqualTo(0);
    assertThat(scoring.achievement(catalogue.find("K1.3").orElseThrow(), "5")).isEqualTo(1);
    assertThat(scoring.achievement(catalogue.find("K1.3").orElseThrow(), null)).isEqualTo(0);
    assertThat(scoring(null, 10, null).achievement(catalogue.find("K1.3").orElseThrow(), "5")).isEqualTo(0.5);
  }

  @Test
  void aClusterIsTheMeanOfItsIndicatorsMissingOnesCountZero() {
    KlaScoring scoring = scoring(null, 1, null);
    assertThat(scoring.clusterAchievement(1, Map.of("K1.1", "90", "K1.2", "YA", "K1.3", "3")))
        .isCloseTo((0.9 + 1 + 1) / 3, within(1e-9));
    assertThat(scoring.clusterAchievement(1, Map.of("K1.1", "90"))).isCloseTo(0.3, within(1e-9));
  }

  @Test
  void predicateBandsFromTheReferenceByDefault() {
    KlaScoring scoring = scoring(null, 1, null);
    assertThat(scoring.predicate(499.4)).isNull();
    assertThat(scoring.predicate(500)).isEqualTo("Pratama");
    assertThat(scoring.predicate(600.4)).isEqualTo("Pratama");
    assertThat(scoring.predicate(700.6)).isEqualTo("Nindya");
    assertThat(scoring.predicate(1000)).isEqualTo("KLA");
  }

  @Test
  void configurationOverridesPointsAndBands() {
    KlaScoring scoring = scoring(Map.of(0, 100, 1, 180, 2, 180, 3, 180, 4, 180, 5, 180), 1,
        List.of(new KlaProperties.Band("Baik", 800, 1000)));
    assertThat(scoring.clusterPoints(0)).isEqualTo(100);
    assertThat(scoring.predicate(850)).isEqualTo("Baik");
    assertThat(scoring.predicate(650)).isNull();
    assertThatThrownBy(() -> scoring(null, 1, List.of(new KlaProperties.Band("X", 10, 5))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> scoring(Map.of(1, -5), 1, null)).isInstanceOf(IllegalStateException.class);
  }
}
