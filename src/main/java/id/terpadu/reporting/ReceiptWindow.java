package id.terpadu.reporting;

import id.terpadu.access.RegionScope;
import id.terpadu.region.UnitTimeZones;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cases of a report as SQL: those of the scope received in the period, and the year of receipt of each,
 * both counted in the unit's time zone (a complaint received on 31 December at 23:30 WIB is a case of that
 * year in Tulungagung, not of the next one as in UTC).
 *
 * <p>The scope's codes are split by time zone (a code's province decides its zone, {@link UnitTimeZones}); each
 * zone contributes its scope condition and its own instants for the first moment of every year. The receipt
 * condition is a range on {@code received_at} (indexable), the year a {@code CASE} over the same boundaries,
 * bound as parameters: no time-zone function per row, and the same SQL on H2 and PostgreSQL.
 */
final class ReceiptWindow {

  private final List<Zone> zones = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final String receivedColumn;
  private final int firstYear;

  private record Zone(String condition, List<String> yearStarts) {}

  /**
   * @param alias the alias of {@code child_case} in the query
   */
  ReceiptWindow(RegionScope scope, ReportPeriod period, String alias) {
    this.receivedColumn = alias + ".received_at";
    this.firstYear = period.fromYear();
    Map<ZoneId, List<String>> byZone = new TreeMap<>((a, b) -> a.getId().compareTo(b.getId()));
    scope.codes().forEach(code -> byZone.computeIfAbsent(UnitTimeZones.of(code), z -> new ArrayList<>()).add(code));
    int z = 0;
    for (Map.Entry<ZoneId, List<String>> entry : byZone.entrySet()) {
      String condition = RegionScope.of(entry.getValue())
          .sqlCondition(alias + ".regency_code", alias + ".district_code", alias + ".village_code");
      List<String> starts = new ArrayList<>();
      for (int year = period.fromYear(); year <= period.toYear() + 1; year++) {
        String name = "z" + z + "y" + year;
        parameters.put(name, startOf(year, entry.getKey()));
        starts.add(name);
      }
      zones.add(new Zone(condition, starts));
      z++;
    }
  }

  /** The first moment of a year in a zone, as the instant (UTC offset) the database compares with. */
  static OffsetDateTime startOf(int year, ZoneId zone) {
    return LocalDate.of(year, 1, 1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** Cases in the scope, received in the period. */
  String condition() {
    if (zones.isEmpty()) {
      return "1 = 0";
    }
    List<String> any = new ArrayList<>();
    for (Zone zone : zones) {
      any.add("(" + zone.condition() + " AND " + receivedColumn + " >= :" + zone.yearStarts().get(0) + " AND "
          + receivedColumn + " < :" + zone.yearStarts().get(zone.yearStarts().size() - 1) + ")");
    }
    return "(" + String.join(" OR ", any) + ")";
  }

  /** The year of receipt of a case that meets {@link #condition()}. */
  String yearExpression() {
    if (zones.isEmpty()) {
      return "0";
    }
    if (zones.size() == 1) {
      return years(zones.get(0));
    }
    StringBuilder sql = new StringBuilder("CASE");
    for (Zone zone : zones) {
      sql.append(" WHEN ").append(zone.condition()).append(" THEN ").append(years(zone));
    }
    return sql.append(" END").toString();
  }

  private String years(Zone zone) {
    List<String> starts = zone.yearStarts();
    if (starts.size() == 2) {
      return String.valueOf(firstYear);
    }
    StringBuilder sql = new StringBuilder("CASE");
    // starts: first moment of fromYear … of toYear + 1; a case before the start of year+1 is of that year.
    for (int i = 1; i < starts.size() - 1; i++) {
      sql.append(" WHEN ").append(receivedColumn).append(" < :").append(starts.get(i))
          .append(" THEN ").append(firstYear + i - 1);
    }
    return sql.append(" ELSE ").append(firstYear + starts.size() - 2).append(" END").toString();
  }

  Map<String, Object> parameters() {
    return Map.copyOf(parameters);
  }
}
