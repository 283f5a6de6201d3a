package id.terpadu.reporting;

import id.terpadu.reporting.ReportQueries.Durations;
import java.util.List;
import java.util.TreeMap;

/**
 * The timeliness report's histograms: how many cases per regency, measure and duration in tenths of a day, as read
 * from the tally's sums or parts (ADR 0034). Median and 90th percentile are taken from the counts with
 * {@code PERCENTILE_CONT}'s linear interpolation, so those of several regencies are those of all their cases.
 */
final class TimelinessCounts {

  /** Cases of a regency whose duration of one measure was {@code tenths} tenths of a day. */
  record TenthsCount(String regency, String measure, int tenths, long cases) {}

  private final List<TenthsCount> counts;

  TimelinessCounts(List<TenthsCount> counts) {
    this.counts = List.copyOf(counts);
  }

  /** The durations of one regency, or (null) of all; percentiles in days, rounded to a tenth of a day. */
  Durations durations(String regency) {
    TreeMap<Integer, Long> triage = histogram(regency, TimelinessParts.TRIAGE);
    TreeMap<Integer, Long> referral = histogram(regency, TimelinessParts.REFERRAL);
    TreeMap<Integer, Long> termination = histogram(regency, TimelinessParts.TERMINATION);
    return new Durations(regency, total(triage), days(triage, 0.5), days(triage, 0.9), total(referral),
        days(referral, 0.5), days(referral, 0.9), total(termination), days(termination, 0.5),
        days(termination, 0.9));
  }

  private TreeMap<Integer, Long> histogram(String regency, String measure) {
    TreeMap<Integer, Long> histogram = new TreeMap<>();
    for (TenthsCount c : counts) {
      if ((regency == null || regency.equals(c.regency())) && measure.equals(c.measure())) {
        histogram.merge(c.tenths(), c.cases(), Long::sum);
      }
    }
    return histogram;
  }

  private static long total(TreeMap<Integer, Long> histogram) {
    return histogram.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * A percentile of the durations in days, rounded half up to the tenth of a day in which the tally counts (the
   * rounding is done on tenths, so no binary fraction of a day decides it); null when no case reached the measure.
   */
  static Double days(TreeMap<Integer, Long> histogram, double fraction) {
    Double tenths = ReferralCounts.percentile(histogram, fraction);
    return tenths == null ? null : Math.round(tenths) / 10.0;
  }
}
