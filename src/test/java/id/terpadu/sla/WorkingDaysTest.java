package id.terpadu.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.region.UnitTimeZones;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
      // Wednesday 10:00 WIB + 1 → Thursday
      "2026-11-25T03:00:00Z, 1, 2026-11-26T03:00:00Z",
      // Friday + 1 → Monday; Friday + 2 → Tuesday
      "2026-11-27T03:00:00Z, 1, 2026-11-30T03:00:00Z",
      "2026-11-27T03:00:00Z, 2, 2026-12-01T03:00:00Z",
      // Saturday + 1 → Monday
      "2026-11-28T03:00:00Z, 1, 2026-11-30T03:00:00Z",
      // Friday 23:30 WIB is Friday 16:30 UTC: the weekend is counted in local time → Monday 23:30 WIB
      "2026-11-27T16:30:00Z, 1, 2026-11-30T16:30:00Z",
      // Monday 06:00 WIB (Sunday 23:00 UTC) + 1 → Tuesday 06:00 WIB
      "2026-11-29T23:00:00Z, 1, 2026-11-30T23:00:00Z"})
  void skipsTheWeekendInTheUnitsTimeZone(Instant start, long days, Instant expected) {
    assertThat(WorkingDays.plus(start, days, UnitTimeZones.WIB)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      // Friday 08:00 WIT (Papua) is Thursday 23:00 UTC: one working day later is Monday 08:00 WIT
      "2026-11-26T23:00:00Z, 1, 2026-11-29T23:00:00Z"})
  void countsInEasternIndonesiaTime(Instant start, long days, Instant expected) {
    assertThat(WorkingDays.plus(start, days, UnitTimeZones.WIT)).isEqualTo(expected);
  }
}
