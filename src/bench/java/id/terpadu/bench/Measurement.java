package id.terpadu.bench;

import java.util.Locale;

/**
 * One figure of a scenario next to its reference, measured in the same run.
 *
 * @param scenario the scenario's name
 * @param figure what was measured, with its unit
 * @param value Terpadu's figure
 * @param reference the reference's figure (NaN when the scenario has an absolute target only)
 * @param ratio value ÷ reference (NaN without a reference)
 * @param target the target as the issue states it
 * @param met whether the target is met
 * @param quickLimitBroken in {@code --quick} mode: the ratio is worse than twice its target (CI fails on this)
 * @param conditions sizes, clients, nodes: what the figure depends on
 */
record Measurement(String scenario, String figure, double value, double reference, double ratio, String target,
    boolean met, boolean quickLimitBroken, String conditions) {

  /** A figure that must be at least {@code minRatio} of its reference (rates: higher is better). */
  static Measurement atLeast(String scenario, String figure, double value, double reference, double minRatio,
      String conditions) {
    double ratio = value / reference;
    return new Measurement(scenario, figure, value, reference, ratio,
        "≥ " + fmt(minRatio) + "× reference", ratio >= minRatio, ratio < minRatio / 2, conditions);
  }

  /** A figure that must be at most {@code maxRatio} of its reference (times: lower is better). */
  static Measurement atMost(String scenario, String figure, double value, double reference, double maxRatio,
      String conditions) {
    double ratio = value / reference;
    return new Measurement(scenario, figure, value, reference, ratio,
        "≤ " + fmt(maxRatio) + "× reference", ratio <= maxRatio, ratio > maxRatio * 2, conditions);
  }

  /** A figure with an absolute upper bound, e.g. a p95 in milliseconds; {@code reference} may be NaN. */
  static Measurement below(String scenario, String figure, double value, double reference, double limit,
      String unit, String conditions) {
    return new Measurement(scenario, figure, value, reference, value / reference,
        "< " + fmt(limit) + " " + unit, value < limit, value >= limit * 2, conditions);
  }

  /** A figure with an absolute lower bound, e.g. rows per second. */
  static Measurement above(String scenario, String figure, double value, double reference, double limit,
      String unit, String conditions) {
    return new Measurement(scenario, figure, value, reference, value / reference,
        "≥ " + fmt(limit) + " " + unit, value >= limit, value < limit / 2, conditions);
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (Math.abs(v) >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
