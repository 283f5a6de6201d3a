package id.terpadu.sla;

/** Why a date is not a working day besides the weekend. */
public enum HolidayKind {
  /** A public holiday (hari libur nasional), or a regional one when it has a province. */
  NATIONAL_HOLIDAY,
  /** A collective leave day (cuti bersama) of the civil service, set with the holidays each year. */
  COLLECTIVE_LEAVE
}
