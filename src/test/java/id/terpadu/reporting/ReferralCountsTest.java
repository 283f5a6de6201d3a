package id.terpadu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.reporting.ReferralCounts.DayCount;
import id.terpadu.reporting.ReferralCounts.OverdueCount;
import id.terpadu.reporting.ReferralCounts.StateCount;
import id.terpadu.reporting.ReportQueries.ReferralEvents;
import id.terpadu.reporting.ReportQueries.ReferralStates;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReferralCountsTest {

  @Test
  void percentileInterpolatesLikePercentileCont() {
    // 1, 2, 2, 10: PERCENTILE_CONT(0.5) = 2, (0.9) = 2 + 0.7 * 8 = 7.6
    TreeMap<Integer, Long> histogram = new TreeMap<>();
    histogram.put(2, 2L);
    histogram.put(10, 1L);
    histogram.put(1, 1L);
    assertThat(ReferralCounts.percentile(histogram, 0.5)).isEqualTo(2.0);
    assertThat(ReferralCounts.percentile(histogram, 0.9)).isCloseTo(7.6, org.assertj.core.data.Offset.offset(1e-9));
    histogram.put(10, 2L); // 1, 2, 2, 10, 10: median 2
    assertThat(ReferralCounts.percentile(histogram, 0.5)).isEqualTo(2.0);
    histogram.put(11, 1L); // 1, 2, 2, 10, 10, 11: median (2 + 10) / 2
    assertThat(ReferralCounts.percentile(histogram, 0.5)).isEqualTo(6.0);
    assertThat(ReferralCounts.percentile(new TreeMap<>(), 0.5)).isNull();
  }

  @Test
  void sumsOverRegenciesAndAgenciesAndTakesTheMedianOfAllReferrals() {
    ReferralCounts counts = new ReferralCounts(
        List.of(new ReferralEvents("3504", "lbh", 3, 2, 1), new ReferralEvents("3503", "lbh", 1, 1, 0),
            new ReferralEvents("3503", "rsud", 2, 0, 2)),
        List.of(new StateCount("3504", "lbh", 1, 0, 0, 1, 1), new StateCount("3503", "lbh", 1, 0, 0, 0, 0)),
        List.of(new OverdueCount("3504", "lbh", 1), new OverdueCount("3503", "dinsos", 4)),
        List.of(new DayCount("3504", "lbh", 4, 1), new DayCount("3503", "lbh", 20, 1),
            new DayCount("3503", "dinsos", 30, 1)));

    assertThat(counts.events(null)).containsExactly(new ReferralEvents(null, "lbh", 4, 3, 1),
        new ReferralEvents(null, "rsud", 2, 0, 2));
    assertThat(counts.events("3503")).containsExactly(new ReferralEvents("3503", "lbh", 1, 1, 0),
        new ReferralEvents("3503", "rsud", 2, 0, 2));
    // overdue: verified late (1) + open past the target date (1); an agency with only overdue open referrals too
    assertThat(counts.states(null)).containsExactly(new ReferralStates(null, "lbh", 2, 0, 0, 1, 2, 12.0),
        new ReferralStates(null, "dinsos", 0, 0, 0, 0, 4, 30.0));
    assertThat(counts.states("3504")).containsExactly(new ReferralStates("3504", "lbh", 1, 0, 0, 1, 2, 4.0));
    assertThat(counts.median(null, null)).isEqualTo(20.0);
    assertThat(counts.median("3503", null)).isEqualTo(25.0);
    assertThat(counts.median("3505", null)).isNull();
  }
}
