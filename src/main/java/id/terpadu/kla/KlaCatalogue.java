package id.terpadu.kla;

import id.terpadu.region.CsvLineParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The KLA indicator catalogue, clusters and default predicate bands, read from {@code reference/kla/} on the
 * classpath (copied from the shared reference set; nothing is read from outside the application).
 */
@Component
public class KlaCatalogue {

  /** Clusters the districts fill in; cluster 0 (institutional) is the regency's own. */
  public static final List<Integer> DISTRICT_CLUSTERS = List.of(1, 2, 3, 4, 5);
  public static final int INSTITUTIONAL = 0;

  /** One predicate band: a total score from {@code min} to {@code max} (both included) earns {@code name}. */
  public record Predicate(String name, int min, int max) {}

  private final Map<String, KlaIndicator> indicators;
  private final Map<Integer, String> clusters;
  private final List<Predicate> predicates;

  public KlaCatalogue() {
    Map<String, KlaIndicator> byCode = new LinkedHashMap<>();
    for (List<String> f : CsvLineParser.readRows("reference/kla/kla-indicators.csv")) {
      // code,cluster,name_id,name_en,unit,evidence_required,better
      byCode.put(f.get(0), new KlaIndicator(f.get(0), Integer.parseInt(f.get(1)), f.get(2), f.get(3),
          KlaUnit.ofCsv(f.get(4)), "yes".equals(f.get(5)), "lower".equals(f.get(6))));
    }
    Map<Integer, String> names = new LinkedHashMap<>();
    for (List<String> f : CsvLineParser.readRows("reference/kla/kla-clusters.csv")) {
      names.put(Integer.parseInt(f.get(0)), f.get(1));
    }
    List<Predicate> bands = new ArrayList<>();
    for (List<String> f : CsvLineParser.readRows("reference/kla/kla-predicates.csv")) {
      bands.add(new Predicate(f.get(1), Integer.parseInt(f.get(2)), Integer.parseInt(f.get(3))));
    }
    this.indicators = Collections.unmodifiableMap(byCode);
    this.clusters = Collections.unmodifiableMap(names);
    this.predicates = List.copyOf(bands);
  }

  public List<KlaIndicator> all() {
    return List.copyOf(indicators.values());
  }

  public List<KlaIndicator> ofCluster(int cluster) {
    return indicators.values().stream().filter(i -> i.cluster() == cluster).toList();
  }

  public Optional<KlaIndicator> find(String code) {
    return Optional.ofNullable(code == null ? null : indicators.get(code));
  }

  public Map<Integer, String> clusters() {
    return clusters;
  }

  public String clusterName(int cluster) {
    return clusters.getOrDefault(cluster, "Klaster " + cluster);
  }

  /** The predicate bands of {@code kla-predicates.csv}, lowest first. */
  public List<Predicate> defaultPredicates() {
    return predicates;
  }
}
