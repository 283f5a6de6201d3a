package id.terpadu.kla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue as shipped: 31 indicators of Permen PPPA 12/2011 in clusters 0–5, units and evidence flags. */
class KlaCatalogueTest {

  final KlaCatalogue catalogue = new KlaCatalogue();

  @Test
  void thirtyOneIndicatorsInSixClusters() {
    assertThat(catalogue.all()).hasSize(31);
    Map<Integer, Long> perCluster = catalogue.all().stream()
        .collect(Collectors.groupingBy(KlaIndicator::cluster, Collectors.counting()));
    assertThat(perCluster).containsExactlyInAnyOrderEntriesOf(Map.of(0, 7L, 1, 3L, 2, 3L, 3, 9L, 4, 5L, 5, 4L));
    assertThat(catalogue.clusterName(0)).isEqualTo("Penguatan Kelembagaan");
    assertThat(catalogue.clusterName(5)).isEqualTo("Perlindungan Khusus");
  }

  @Test
  void unitsEvidenceAndDirectionAreRead() {
    assertThat(catalogue.find("K1.1").orElseThrow().unit()).isEqualTo(KlaUnit.PERCENT);
    assertThat(catalogue.find("K1.3").orElseThrow().unit()).isEqualTo(KlaUnit.COUNT);
    assertThat(catalogue.find("K2.3").orElseThrow().unit()).isEqualTo(KlaUnit.YES_NO);
    assertThat(catalogue.find("K3.1").orElseThrow().unit()).isEqualTo(KlaUnit.PER_1000);
    assertThat(catalogue.all()).filteredOn(i -> i.unit() == KlaUnit.YES_NO).allMatch(KlaIndicator::evidenceRequired);
    assertThat(catalogue.find("K1.1").orElseThrow().evidenceRequired()).isFalse();
    assertThat(catalogue.all()).filteredOn(KlaIndicator::lowerIsBetter).extracting(KlaIndicator::code)
        .containsExactly("K2.1", "K3.1", "K3.2");
    assertThat(catalogue.find("K1.1").orElseThrow().variable()).isEqualTo("ind_K1_1");
  }

  @Test
  void defaultPredicatesAreTheFiveBands() {
    assertThat(catalogue.defaultPredicates()).extracting(KlaCatalogue.Predicate::name)
        .containsExactly("Pratama", "Madya", "Nindya", "Utama", "KLA");
    assertThat(catalogue.defaultPredicates().get(0).min()).isEqualTo(500);
  }
}
