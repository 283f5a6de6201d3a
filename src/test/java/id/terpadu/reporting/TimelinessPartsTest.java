package id.terpadu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.reporting.TimelinessParts.Part;
import id.terpadu.reporting.TimelinessParts.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TimelinessPartsTest {

  static final Instant RECEIVED = Instant.parse("2024-03-01T01:00:00Z");

  static Source source(Duration triage, String status, Duration closed, String reason, Duration firstDone) {
    return new Source(1, "3504", "350401", "3504011001", 2024, RECEIVED, after(triage), status, after(closed), reason,
        after(firstDone));
  }

  static Instant after(Duration d) {
    return d == null ? null : RECEIVED.plus(d);
  }

  @Test
  void durationsAreWholeTenthsOfADayRoundedDown() {
    Part part = TimelinessParts.of(source(Duration.ofHours(71), "CLOSED", Duration.ofDays(10).minusSeconds(1),
        "GOALS_MET", Duration.ofHours(2).plusMinutes(24)));
    assertThat(part.triage()).isEqualTo(29); // 2 days 23 hours: 2.9 days
    assertThat(part.termination()).isEqualTo(99); // a second short of 10 days
    assertThat(part.referral()).isEqualTo(1); // 2 h 24 min is exactly a tenth
    assertThat(TimelinessParts.tenths(RECEIVED, RECEIVED.minusSeconds(1))).isEqualTo(-1); // floor, not truncation
  }

  @Test
  void onlyATerminationCountsAsOne() {
    assertThat(TimelinessParts.of(source(null, "CLOSED", Duration.ofDays(1), "NOT_A_CASE", null)).isEmpty()).isTrue();
    assertThat(TimelinessParts.of(source(null, "CLOSED", Duration.ofDays(1), "DUPLICATE", null)).isEmpty()).isTrue();
    // Imported history often has no reason: a termination.
    assertThat(TimelinessParts.of(source(null, "CLOSED", Duration.ofDays(1), null, null)).termination()).isEqualTo(10);
    // Reopened: open again, its closure gone.
    assertThat(TimelinessParts.of(source(Duration.ofHours(1), "OPEN", null, null, null)).termination()).isNull();
  }

  @Test
  void percentilesFromTheHistogramEqualThoseOfTheSortedValues() {
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(round < 20 ? 3 : 400);
      List<Integer> values = new ArrayList<>();
      List<TimelinessCounts.TenthsCount> counts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int v = random.nextInt(round % 2 == 0 ? 20 : 5_000);
        values.add(v);
        counts.add(new TimelinessCounts.TenthsCount(i % 2 == 0 ? "3504" : "3503", TimelinessParts.TRIAGE, v, 1));
      }
      values.sort(null);
      TreeMap<Integer, Long> histogram = new TreeMap<>();
      values.forEach(v -> histogram.merge(v, 1L, Long::sum));
      var all = new TimelinessCounts(counts).durations(null);
      assertThat(all.triaged()).isEqualTo(n);
      assertThat(all.triageMedian()).isEqualTo(sorted(values, 0.5));
      assertThat(all.triageP90()).isEqualTo(sorted(values, 0.9));
      assertThat(TimelinessCounts.days(histogram, 0.9)).isEqualTo(sorted(values, 0.9));
    }
    var none = new TimelinessCounts(List.of()).durations("3504");
    assertThat(none.triaged()).isZero();
    assertThat(none.triageMedian()).isNull();
  }

  /** PERCENTILE_CONT over the sorted values in tenths, in days rounded half up to a tenth. */
  static Double sorted(List<Integer> values, double fraction) {
    double position = fraction * (values.size() - 1);
    int lower = (int) Math.floor(position);
    int upper = Math.min(lower + 1, values.size() - 1);
    double tenths = values.get(lower) + (position - lower) * (values.get(upper) - values.get(lower));
    return Math.round(tenths) / 10.0;
  }
}
