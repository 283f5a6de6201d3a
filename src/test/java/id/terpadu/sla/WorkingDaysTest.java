package id.terpadu.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.region.UnitTimeZones;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

  static final String TULUNGAGUNG = "3504"; // East Java, WIB
  static final String DENPASAR = "5171"; // Bali, WITA
  static final String JAYAPURA = "9171"; // Papua, WIT

  /** Days off by province (null: national), answering like the holiday table; remembers each range read. */
  static final class FakeCalendar implements HolidayCalendar {
    final Map<String, Set<LocalDate>> byProvince = new HashMap<>();
    final List<LocalDate[]> reads = new ArrayList<>();

    /** The shipped list (reference/holidays-id.csv), or the part of it that passes the filter. */
    static FakeCalendar shipped(Predicate<HolidaySeedFile.Entry> filter) {
      FakeCalendar calendar = new FakeCalendar();
      HolidaySeedFile.read().stream().filter(filter).forEach(e -> calendar.add(e.provinceCode(), e.date()));
      return calendar;
    }

    FakeCalendar add(String provinceCode, LocalDate... dates) {
      byProvince.computeIfAbsent(provinceCode, p -> new HashSet<>()).addAll(List.of(dates));
      return this;
    }

    @Override
    public Set<LocalDate> daysOff(LocalDate from, LocalDate to, String provinceCode) {
      reads.add(new LocalDate[] {from, to});
      Set<LocalDate> off = new HashSet<>(byProvince.getOrDefault(null, Set.of()));
      if (provinceCode != null) {
        off.addAll(byProvince.getOrDefault(provinceCode, Set.of()));
      }
      off.removeIf(d -> d.isBefore(from) || d.isAfter(to));
      return off;
    }
  }

  static final WorkingDays WEEKENDS_ONLY = new WorkingDays(HolidayCalendar.NONE);
  static final WorkingDays SHIPPED = new WorkingDays(FakeCalendar.shipped(e -> true));

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
    assertThat(WEEKENDS_ONLY.plus(start, days, UnitTimeZones.WIB, "35")).isEqualTo(expected);
    assertThat(SHIPPED.plus(start, days, TULUNGAGUNG)).as("no holiday in these weeks").isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      // Friday 08:00 WIT (Papua) is Thursday 23:00 UTC: one working day later is Monday 08:00 WIT
      "2026-11-26T23:00:00Z, 1, 2026-11-29T23:00:00Z"})
  void countsInEasternIndonesiaTime(Instant start, long days, Instant expected) {
    assertThat(WEEKENDS_ONLY.plus(start, days, UnitTimeZones.WIT, "91")).isEqualTo(expected);
    assertThat(SHIPPED.plus(start, days, JAYAPURA)).isEqualTo(expected);
  }

  @Test
  void skipsAPublicHoliday() {
    // Thursday 15 January 2026, 10:00 WIB; Friday 16 January is Isra Mikraj → Monday 19 January
    Instant thursday = Instant.parse("2026-01-15T03:00:00Z");
    assertThat(WEEKENDS_ONLY.plus(thursday, 1, TULUNGAGUNG)).isEqualTo(Instant.parse("2026-01-16T03:00:00Z"));
    assertThat(SHIPPED.plus(thursday, 1, TULUNGAGUNG)).isEqualTo(Instant.parse("2026-01-19T03:00:00Z"));
  }

  @Test
  void skipsCollectiveLeaveDays() {
    // Wednesday 13 May 2026: Thursday 14 is Ascension Day, Friday 15 collective leave → Monday 18, Tuesday 19
    Instant wednesday = Instant.parse("2026-05-13T03:00:00Z");
    WorkingDays holidaysOnly = new WorkingDays(FakeCalendar.shipped(e -> e.kind() == HolidayKind.NATIONAL_HOLIDAY));

    assertThat(holidaysOnly.plus(wednesday, 2, TULUNGAGUNG)).isEqualTo(Instant.parse("2026-05-18T03:00:00Z"));
    assertThat(SHIPPED.plus(wednesday, 2, TULUNGAGUNG)).isEqualTo(Instant.parse("2026-05-19T03:00:00Z"));
  }

  @Test
  void lebaranTakesAWeekOff() {
    // Tuesday 17 March 2026 + 3: collective leave 18, Nyepi 19, collective leave 20, Idulfitri 21–22 (a
    // weekend), collective leave 23 and 24 → Wednesday 25, Thursday 26, Friday 27
    assertThat(SHIPPED.plus(Instant.parse("2026-03-17T03:00:00Z"), 3, TULUNGAGUNG))
        .isEqualTo(Instant.parse("2026-03-27T03:00:00Z"));
  }

  @Test
  void aHolidayOnAWeekendCostsNothingExtra() {
    // Saturday 1 May 2027 is Labour Day: Friday 30 April + 2 → Monday 3, Tuesday 4 May, as without it
    Instant friday = Instant.parse("2027-04-30T03:00:00Z");
    assertThat(SHIPPED.plus(friday, 2, TULUNGAGUNG))
        .isEqualTo(WEEKENDS_ONLY.plus(friday, 2, TULUNGAGUNG))
        .isEqualTo(Instant.parse("2027-05-04T03:00:00Z"));
  }

  @Test
  void countsAcrossTheYearBoundaryWithOneRead() {
    // Wednesday 30 December 2026: Thursday 31 (1), New Year's Day, the weekend, Monday 4 January 2027 (2),
    // Tuesday 5 (3), Wednesday 6 is Isra Mikraj (estimated), Thursday 7 (4)
    FakeCalendar calendar = FakeCalendar.shipped(e -> true);
    WorkingDays workingDays = new WorkingDays(calendar);
    Instant wednesday = Instant.parse("2026-12-30T03:00:00Z");

    assertThat(workingDays.plus(wednesday, 2, TULUNGAGUNG)).isEqualTo(Instant.parse("2027-01-04T03:00:00Z"));
    assertThat(workingDays.plus(wednesday, 4, TULUNGAGUNG)).isEqualTo(Instant.parse("2027-01-07T03:00:00Z"));
    assertThat(calendar.reads).hasSize(2).allSatisfy(range -> {
      assertThat(range[0]).isEqualTo(LocalDate.of(2026, 12, 31));
      assertThat(range[1]).isAfter(LocalDate.of(2027, 1, 7));
    });
  }

  @Test
  void aTaskCreatedAt2330WibIsAlreadyTheNextDayInWitaAndWit() {
    // Thursday 26 November 2026 23:30 WIB = Friday 00:30 WITA = Friday 01:30 WIT (16:30 UTC)
    Instant start = Instant.parse("2026-11-26T16:30:00Z");
    // East Java: Thursday + 1 → Friday 23:30 WIB
    assertThat(SHIPPED.plus(start, 1, TULUNGAGUNG)).isEqualTo(Instant.parse("2026-11-27T16:30:00Z"));
    // Bali and Papua: Friday + 1 → Monday 00:30 WITA / 01:30 WIT
    assertThat(SHIPPED.plus(start, 1, DENPASAR)).isEqualTo(Instant.parse("2026-11-29T16:30:00Z"));
    assertThat(SHIPPED.plus(start, 1, JAYAPURA)).isEqualTo(Instant.parse("2026-11-29T16:30:00Z"));
  }

  @Test
  void aHolidayStartsAtLocalMidnight() {
    // Wednesday 13 May 2026 23:30 WIB is already Ascension Day (Thursday 01:30) in Papua.
    Instant start = Instant.parse("2026-05-13T16:30:00Z");
    // East Java: Thursday holiday, Friday collective leave, weekend → Monday 18 May 23:30 WIB
    assertThat(SHIPPED.plus(start, 1, TULUNGAGUNG)).isEqualTo(Instant.parse("2026-05-18T16:30:00Z"));
    // Papua: from the holiday itself, Friday collective leave, weekend → Monday 18 May 01:30 WIT
    assertThat(SHIPPED.plus(start, 1, JAYAPURA)).isEqualTo(Instant.parse("2026-05-17T16:30:00Z"));
  }

  @Test
  void aRegionalHolidayCountsOnlyInItsProvince() {
    // Tuesday 24 November 2026 10:00 WITA; Wednesday 25 a day off in Bali only
    WorkingDays workingDays = new WorkingDays(new FakeCalendar().add("51", LocalDate.of(2026, 11, 25)));
    Instant tuesday = Instant.parse("2026-11-24T02:00:00Z");

    assertThat(workingDays.plus(tuesday, 1, DENPASAR)).isEqualTo(Instant.parse("2026-11-26T02:00:00Z"));
    assertThat(workingDays.plus(tuesday, 1, TULUNGAGUNG)).isEqualTo(Instant.parse("2026-11-25T02:00:00Z"));
    assertThat(workingDays.plus(tuesday, 1, UnitTimeZones.WITA, null)).isEqualTo(Instant.parse("2026-11-25T02:00:00Z"));
  }

  @Test
  void readsFurtherWhenDaysOffOutlastTheFirstRange() {
    // 60 calendar days off from Monday 2 November 2026, more than the first read covers
    FakeCalendar calendar = new FakeCalendar();
    LocalDate first = LocalDate.of(2026, 11, 2);
    for (int i = 0; i < 60; i++) {
      calendar.add(null, first.plusDays(i));
    }
    Instant friday = Instant.parse("2026-10-30T03:00:00Z");

    // The days off end on Thursday 31 December: Friday 1 January 2027 (1), Monday 4 January (2)
    assertThat(new WorkingDays(calendar).plus(friday, 2, TULUNGAGUNG)).isEqualTo(Instant.parse("2027-01-04T03:00:00Z"));
    assertThat(calendar.reads).hasSizeGreaterThan(1);
  }

  @Test
  void zeroDaysIsTheStart() {
    Instant start = Instant.parse("2026-11-28T03:00:00Z");
    assertThat(SHIPPED.plus(start, 0, TULUNGAGUNG)).isEqualTo(start);
  }
}
