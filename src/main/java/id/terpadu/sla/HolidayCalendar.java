package id.terpadu.sla;

import java.time.LocalDate;
import java.util.Set;

/**
 * The days off besides Saturdays and Sundays: public holidays and collective leave days (cuti bersama)
 * of the whole country, and regional holidays of one province. The application's calendar is the
 * {@code holiday} table ({@link HolidayDirectory}), read on every call: an administrator's change is seen
 * at once by every node.
 */
@FunctionalInterface
public interface HolidayCalendar {

  /** A calendar without any holiday: only weekends are days off (process tests on the engine alone). */
  HolidayCalendar NONE = (from, to, provinceCode) -> Set.of();

  /**
   * The holidays and collective leave days from {@code from} to {@code to}, both included, that apply in
   * the province: national ones and the province's own (none of a province when {@code provinceCode} is
   * null).
   */
  Set<LocalDate> daysOff(LocalDate from, LocalDate to, String provinceCode);
}
