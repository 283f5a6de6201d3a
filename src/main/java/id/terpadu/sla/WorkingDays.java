package id.terpadu.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working-day arithmetic in a unit's local time: Saturdays and Sundays are not working days. (Public
 * holidays and collective leave come with the SLA feature's holiday list.)
 */
public final class WorkingDays {

  private WorkingDays() {}

  /** The same local time {@code days} working days later (a start on a weekend counts from Monday). */
  public static Instant plus(Instant start, long days, ZoneId zone) {
    ZonedDateTime at = start.atZone(zone);
    long added = 0;
    while (added < days) {
      at = at.plusDays(1);
      if (isWorkingDay(at)) {
        added++;
      }
    }
    return at.toInstant();
  }

  static boolean isWorkingDay(ZonedDateTime at) {
    return at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
