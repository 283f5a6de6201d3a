package id.terpadu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.reporting.ReportQueries.VillageYear;
import id.terpadu.reporting.ReportQueries.VisitCount;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outreach report's distinct villages and districts, counted from village-years. */
class VisitCountTest {

  private static final List<VillageYear> ROWS = List.of(
      new VillageYear("3505", 2016, "350502", "3505022001", 10),
      new VillageYear("3505", 2016, "350502", "3505022002", 5),
      new VillageYear("3505", 2017, "350502", "3505022001", 7),
      new VillageYear("3505", 2017, "350503", "3505032001", 1),
      new VillageYear("3578", 2017, "357801", "3578011001", 4));

  @Test
  void perRegencyAndYearCountsEachVillageOfTheYear() {
    assertThat(VisitCount.count(ROWS, true, true)).containsExactlyInAnyOrder(
        new VisitCount("3505", 2016, 2, 1, 15),
        new VisitCount("3505", 2017, 2, 2, 8),
        new VisitCount("3578", 2017, 1, 1, 4));
  }

  @Test
  void overThePeriodAVillageVisitedInSeveralYearsCountsOnce() {
    assertThat(VisitCount.count(ROWS, true, false)).containsExactlyInAnyOrder(
        new VisitCount("3505", null, 3, 2, 23),
        new VisitCount("3578", null, 1, 1, 4));
    assertThat(VisitCount.count(ROWS, false, false)).containsExactly(new VisitCount(null, null, 4, 3, 27));
  }

  @Test
  void inAllPerYearAddsTheRegencies() {
    assertThat(VisitCount.count(ROWS, false, true)).containsExactlyInAnyOrder(
        new VisitCount(null, 2016, 2, 1, 15),
        new VisitCount(null, 2017, 3, 3, 12));
  }

  @Test
  void noVisitsNoRows() {
    assertThat(VisitCount.count(List.of(), false, false)).isEmpty();
  }
}
