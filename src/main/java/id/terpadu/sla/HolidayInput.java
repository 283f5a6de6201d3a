package id.terpadu.sla;

/**
 * A day off as submitted to {@code POST /api/holidays}, before validation: {@code date} ISO
 * ({@code 2026-12-24}), {@code name} as the decree names it, {@code kind} {@code NATIONAL_HOLIDAY} or
 * {@code COLLECTIVE_LEAVE}, {@code provinceCode} (2 digits) only for a regional holiday.
 */
public record HolidayInput(String date, String name, String kind, String provinceCode) {}
