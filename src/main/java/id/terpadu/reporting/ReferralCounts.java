package id.terpadu.reporting;

import id.terpadu.reporting.ReportQueries.ReferralEvents;
import id.terpadu.reporting.ReportQueries.ReferralStates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The referral report's counts per regency and agency, as read from the tally or from the referral tables, and
 * their sums over agencies or regencies. Medians come from the counts of completed referrals per whole day, so a
 * median over several agencies or regencies is that of all their referrals, not a mean of medians.
 */
final class ReferralCounts {

  record StateCount(String regency, String agency, long completed, long notCompleted, long cancelled,
      long inProgress, long overdueVerified) {}

  /** Referrals open at the agency past their target date. */
  record OverdueCount(String regency, String agency, long referrals) {}

  /** Completed referrals that took a number of whole days. */
  record DayCount(String regency, String agency, int days, long referrals) {}

  private final List<ReferralEvents> events;
  private final List<StateCount> states;
  private final List<OverdueCount> overdue;
  private final List<DayCount> days;

  ReferralCounts(List<ReferralEvents> events, List<StateCount> states, List<OverdueCount> overdue,
      List<DayCount> days) {
    this.events = List.copyOf(events);
    this.states = List.copyOf(states);
    this.overdue = List.copyOf(overdue);
    this.days = List.copyOf(days);
  }

  /** Events per agency, of one regency or (null) of all. */
  List<ReferralEvents> events(String regency) {
    Map<String, ReferralEvents> byAgency = new LinkedHashMap<>();
    for (ReferralEvents e : events) {
      if (regency == null || regency.equals(e.regency())) {
        byAgency.merge(e.agency(), new ReferralEvents(regency, e.agency(), e.sent(), e.accepted(), e.declined()),
            (a, b) -> new ReferralEvents(regency, a.agency(), a.sent() + b.sent(), a.accepted() + b.accepted(),
                a.declined() + b.declined()));
      }
    }
    return new ArrayList<>(byAgency.values());
  }

  /** States per agency, with overdue referrals and the median days to completion, of one regency or of all. */
  List<ReferralStates> states(String regency) {
    Map<String, long[]> byAgency = new LinkedHashMap<>();
    for (StateCount s : states) {
      if (regency == null || regency.equals(s.regency())) {
        long[] sum = byAgency.computeIfAbsent(s.agency(), a -> new long[5]);
        sum[0] += s.completed();
        sum[1] += s.notCompleted();
        sum[2] += s.cancelled();
        sum[3] += s.inProgress();
        sum[4] += s.overdueVerified();
      }
    }
    for (OverdueCount o : overdue) {
      if (regency == null || regency.equals(o.regency())) {
        byAgency.computeIfAbsent(o.agency(), a -> new long[5])[4] += o.referrals();
      }
    }
    List<ReferralStates> rows = new ArrayList<>();
    byAgency.forEach((agency, sum) -> rows.add(new ReferralStates(regency, agency, sum[0], sum[1], sum[2], sum[3],
        sum[4], median(regency, agency))));
    return rows;
  }

  /**
   * The median days to completion of the completed referrals of one regency (or all, null) and one agency (or
   * all, null): the 50th percentile with linear interpolation ({@code PERCENTILE_CONT(0.5)}); null when none.
   */
  Double median(String regency, String agency) {
    TreeMap<Integer, Long> histogram = new TreeMap<>();
    for (DayCount d : days) {
      if ((regency == null || regency.equals(d.regency())) && (agency == null || agency.equals(d.agency()))) {
        histogram.merge(d.days(), d.referrals(), Long::sum);
      }
    }
    return percentile(histogram, 0.5);
  }

  /** A percentile with linear interpolation over values given as value → how many. */
  static Double percentile(TreeMap<Integer, Long> histogram, double fraction) {
    long n = histogram.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return null;
    }
    double position = fraction * (n - 1);
    long lower = (long) Math.floor(position);
    int low = valueAt(histogram, lower);
    int high = valueAt(histogram, Math.min(lower + 1, n - 1));
    return low + (position - lower) * (high - low);
  }

  /** The value at a 0-based rank of the sorted values. */
  private static int valueAt(TreeMap<Integer, Long> histogram, long rank) {
    long seen = 0;
    for (Map.Entry<Integer, Long> entry : histogram.entrySet()) {
      seen += entry.getValue();
      if (rank < seen) {
        return entry.getKey();
      }
    }
    return Objects.requireNonNull(histogram.lastKey());
  }
}
