package id.terpadu.kla;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The configurable scoring rule of KLA results (see docs/adr/0017-kla-assessment.md). Each indicator scores an
 * achievement from 0 to 1: yes = 1 and no = 0; a percentage its share of 100 and a rate per 1000 its share of
 * 1000 (the complement for indicators where lower is better: child marriage, infant mortality, undernutrition);
 * a count 1 once it reaches the configured target (default 1: "exists"). A cluster's achievement is the mean of
 * its indicators (a missing value counts 0), worth the cluster's points; the regency total adds the institutional
 * cluster and, per cluster 1–5, the mean over its districts. The total earns the predicate whose band contains
 * it. The official evaluation scores sub-questions per indicator; this rule is a transparent approximation that
 * an operator can re-weight without code.
 */
@Configuration
@EnableConfigurationProperties(KlaProperties.class)
public class KlaScoring {

  public static final int MAX_TOTAL = 1000;

  private final KlaCatalogue catalogue;
  private final Map<Integer, Integer> clusterPoints;
  private final int countTarget;
  private final List<KlaProperties.Band> bands;

  public KlaScoring(KlaCatalogue catalogue, KlaProperties properties) {
    this.catalogue = catalogue;
    KlaProperties.Scoring scoring = properties.scoring();
    this.clusterPoints = points(catalogue, scoring.clusterPoints());
    this.countTarget = scoring.countTarget();
    if (countTarget < 1) {
      throw new IllegalStateException("terpadu.kla.scoring.count-target must be at least 1");
    }
    this.bands = scoring.predicates() == null || scoring.predicates().isEmpty()
        ? catalogue.defaultPredicates().stream().map(p -> new KlaProperties.Band(p.name(), p.min(), p.max())).toList()
        : List.copyOf(scoring.predicates());
    for (KlaProperties.Band band : bands) {
      if (band.name() == null || band.name().isBlank() || band.min() > band.max()) {
        throw new IllegalStateException("terpadu.kla.scoring.predicates: invalid band " + band);
      }
    }
  }

  private static Map<Integer, Integer> points(KlaCatalogue catalogue, Map<Integer, Integer> configured) {
    Map<Integer, Integer> points = new LinkedHashMap<>();
    int total = catalogue.all().size();
    int assigned = 0;
    List<Integer> clusters = List.copyOf(catalogue.clusters().keySet());
    for (int i = 0; i < clusters.size(); i++) {
      int cluster = clusters.get(i);
      int value;
      if (configured != null && !configured.isEmpty()) {
        value = configured.getOrDefault(cluster, 0);
      } else if (i == clusters.size() - 1) {
        value = MAX_TOTAL - assigned; // rounding remainder: the defaults add up to exactly 1000
      } else {
        value = Math.round(MAX_TOTAL * (float) catalogue.ofCluster(cluster).size() / total);
      }
      if (value < 0) {
        throw new IllegalStateException("terpadu.kla.scoring.cluster-points: negative points for cluster " + cluster);
      }
      assigned += value;
      points.put(cluster, value);
    }
    return points;
  }

  /** An indicator's achievement from 0 to 1 for a stored value (missing: 0). */
  public double achievement(KlaIndicator indicator, String stored) {
    if (stored == null) {
      return 0;
    }
    double v = KlaValues.numeric(stored).doubleValue();
    double a = switch (indicator.unit()) {
      case YES_NO -> v;
      case PERCENT -> v / 100;
      case PER_1000 -> v / 1000;
      case COUNT -> Math.min(1, v / countTarget);
    };
    if (indicator.lowerIsBetter() && (indicator.unit() == KlaUnit.PERCENT || indicator.unit() == KlaUnit.PER_1000)) {
      a = 1 - a;
    }
    return Math.max(0, Math.min(1, a));
  }

  /** A cluster's achievement (mean of its indicators) for the values of one submission, by indicator code. */
  public double clusterAchievement(int cluster, Map<String, String> values) {
    List<KlaIndicator> indicators = catalogue.ofCluster(cluster);
    if (indicators.isEmpty()) {
      return 0;
    }
    return indicators.stream().mapToDouble(i -> achievement(i, values.get(i.code()))).sum() / indicators.size();
  }

  public int clusterPoints(int cluster) {
    return clusterPoints.getOrDefault(cluster, 0);
  }

  public Map<Integer, Integer> allClusterPoints() {
    return Map.copyOf(clusterPoints);
  }

  /** The predicate of a total score, or null below every band. */
  public String predicate(double total) {
    long rounded = Math.round(total);
    return bands.stream().filter(b -> rounded >= b.min() && rounded <= b.max()).map(KlaProperties.Band::name)
        .findFirst().orElse(null);
  }

  public List<KlaProperties.Band> bands() {
    return bands;
  }
}
