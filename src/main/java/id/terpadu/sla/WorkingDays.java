package id.terpadu.sla;

import id.terpadu.region.UnitTimeZones;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Working-day arithmetic in a unit's local time (WIB, WITA or WIT by province): Saturdays, Sundays,
 * public holidays and collective leave days (cuti bersama) of the {@link HolidayCalendar} are not working
 * days. A holiday that falls on a weekend costs nothing extra.
 *
 * <p>Nothing is cached: each calculation reads the days off of the date range it needs (usually one
 * query), so a holiday an administrator adds counts on every node for the next due date.
 */
@Component
public class WorkingDays {

  private final HolidayCalendar holidays;

  public WorkingDays(HolidayCalendar holidays) {
    this.holidays = holidays;
  }

  /**
   * The same local time {@code days} working days later, in the time zone and with the regional holidays
   * of the unit that serves {@code regionCode} (any region code; its first two digits are the province).
   * A start on a day off counts from the next working day: Saturday + 1 is Monday.
   */
  public Instant plus(Instant start, long days, String regionCode) {
    return plus(start, days, UnitTimeZones.of(regionCode), regionCode.substring(0, 2));
  }

  /**
   * The same local time {@code days} working days later in {@code zone}, skipping weekends and the days
   * off of the province ({@code provinceCode} null: national days off only). Zero or fewer days: the start.
   */
  public Instant plus(Instant start, long days, ZoneId zone, String provinceCode) {
    ZonedDateTime at = start.atZone(zone);
    LocalDate loadedUntil = at.toLocalDate();
    Set<LocalDate> daysOff = Set.of();
    long added = 0;
    while (added < days) {
      at = at.plusDays(1);
      LocalDate date = at.toLocalDate();
      if (date.isAfter(loadedUntil)) {
        // Enough for the remaining days with their weekends and a long holiday (Lebaran) in one read.
        loadedUntil = date.plusDays(2 * (days - added) + 14);
        daysOff = holidays.daysOff(date, loadedUntil, provinceCode);
      }
      if (!isWeekend(date) && !daysOff.contains(date)) {
        added++;
      }
    }
    return at.toInstant();
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
