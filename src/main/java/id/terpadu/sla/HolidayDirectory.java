package id.terpadu.sla;

import id.terpadu.database.TransactionMemo;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.sla.HolidayValidator.Filters;
import id.terpadu.sla.HolidayValidator.HolidayKey;
import id.terpadu.sla.HolidayValidator.ValidHoliday;
import id.terpadu.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holiday list of the working-day calendar: public holidays and collective leave days (cuti bersama)
 * that an administrator keeps each year from the government's joint decree (SKB), national or regional.
 * It is the application's {@link HolidayCalendar}: every due-date calculation reads it from the database,
 * so all nodes see a change at once. A change applies to due dates computed afterwards; tasks already
 * created keep theirs.
 */
@Service
@Transactional(readOnly = true)
public class HolidayDirectory implements HolidayCalendar {

  public static final String HOLIDAY_EXISTS = "HOLIDAY_EXISTS";
  public static final String HOLIDAY_NOT_FOUND = "HOLIDAY_NOT_FOUND";

  private final HolidayRepository holidays;
  private final HolidayValidator validator;
  private final Clock clock;
  private final JdbcTemplate jdbc;

  HolidayDirectory(HolidayRepository holidays, HolidayValidator validator, Clock clock, JdbcTemplate jdbc) {
    this.holidays = holidays;
    this.jdbc = jdbc;
    this.validator = validator;
    this.clock = clock;
  }

  @Override
  public Set<LocalDate> daysOff(LocalDate from, LocalDate to, String provinceCode) {
    // Read at every due date (inside case starts and task completions): one statement, without JPA's query
    // translation and the auto-flush check of the caller's persistence context that a JPQL query brings; once per
    // transaction (a new case computes its first task's due date twice: for the task and for its timer).
    return TransactionMemo.get(new DaysOff(from, to, provinceCode), () -> Set.copyOf(provinceCode == null
        ? jdbc.queryForList("SELECT holiday_date FROM holiday WHERE holiday_date BETWEEN ? AND ?"
            + " AND province_code IS NULL", LocalDate.class, from, to)
        : jdbc.queryForList("SELECT holiday_date FROM holiday WHERE holiday_date BETWEEN ? AND ?"
            + " AND (province_code IS NULL OR province_code = ?)", LocalDate.class, from, to, provinceCode)));
  }

  /** The question {@link #daysOff} answers, remembered for the rest of the transaction. */
  private record DaysOff(LocalDate from, LocalDate to, String provinceCode) {}

  /**
   * The days off of one year (null: this year, in WIB) by date, national before regional; with a
   * province only the national ones and that province's.
   *
   * @throws ApiException {@code VALIDATION_FAILED} for a year that is not 4 digits in 2000–2100 or an
   *     unknown province
   */
  public List<Holiday> list(String year, String provinceCode) {
    String given = year != null ? year : String.valueOf(Year.now(clock.withZone(UnitTimeZones.WIB)).getValue());
    Filters filters = validator.validateFilters(given, provinceCode);
    LocalDate from = LocalDate.of(filters.year(), 1, 1);
    LocalDate to = LocalDate.of(filters.year(), 12, 31);
    return filters.provinceCode() == null
        ? holidays.between(from, to)
        : holidays.betweenIn(from, to, filters.provinceCode());
  }

  /**
   * Adds a day off.
   *
   * @throws ApiException {@code VALIDATION_FAILED} listing every invalid field; {@code HOLIDAY_EXISTS}
   *     when that date is a day off already: nationally for a national one, in the province for a regional
   *     one
   */
  @Transactional
  public Holiday add(HolidayInput input, String userId) {
    ValidHoliday valid = validator.validate(input);
    if (find(valid.date(), valid.provinceCode()).isPresent()) {
      throw exists();
    }
    Holiday holiday = new Holiday(valid.date(), valid.name(), valid.kind(), valid.provinceCode(), userId,
        clock.instant());
    TransactionMemo.forget();
    try {
      return holidays.saveAndFlush(holiday);
    } catch (DataIntegrityViolationException e) {
      throw exists(); // added meanwhile by another request
    }
  }

  /**
   * Removes the day off of that date, the national one or, with a province, that province's.
   *
   * @throws ApiException {@code VALIDATION_FAILED} for a date that is not ISO or an unknown province;
   *     {@code HOLIDAY_NOT_FOUND}
   */
  @Transactional
  public void remove(String date, String provinceCode) {
    HolidayKey key = validator.validateKey(date, provinceCode);
    Holiday holiday = find(key.date(), key.provinceCode()).orElseThrow(() -> ApiException.notFound(
        HOLIDAY_NOT_FOUND, "No holiday on this date" + (key.provinceCode() == null ? "" : " in this province") + "."));
    TransactionMemo.forget();
    holidays.delete(holiday);
  }

  private Optional<Holiday> find(LocalDate date, String provinceCode) {
    return provinceCode == null
        ? holidays.findByDateAndProvinceCodeIsNull(date)
        : holidays.findByDateAndProvinceCode(date, provinceCode);
  }

  private static ApiException exists() {
    return ApiException.conflict(HOLIDAY_EXISTS, "A holiday on this date exists already (nationally, or in the given province).");
  }
}
