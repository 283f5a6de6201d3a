package id.terpadu.kla;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * KLA settings ({@code terpadu.kla.*}).
 *
 * @param evidence how large an evidence file may be
 * @param scoring  the scoring rule: points per cluster (default: 1000 points shared by the 31 indicators, so a
 *                 cluster is worth its number of indicators × 1000/31), the count an indicator measured as a
 *                 number must reach for full marks, and the predicate bands (default: {@code kla-predicates.csv})
 */
@ConfigurationProperties("terpadu.kla")
public record KlaProperties(@DefaultValue Evidence evidence, @DefaultValue Scoring scoring) {

  public record Evidence(@DefaultValue("10MB") DataSize maxSize) {}

  public record Scoring(Map<Integer, Integer> clusterPoints, @DefaultValue("1") int countTarget,
      List<Band> predicates) {}

  /** A predicate band: a total score from {@code min} to {@code max} (both included). */
  public record Band(String name, int min, int max) {}
}
