package id.terpadu.community;

import id.terpadu.community.CommunityAccess.Manager;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.web.ApiException;
import id.terpadu.web.CsvCells;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prevention activities counted per regency or district per month of one year: activities by kind and
 * participants by sex and age group, within the caller's region scope. Counts only.
 */
@Service
public class ActivityReport {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final JdbcTemplate jdbc;
  private final CommunityAccess access;
  private final RegionDirectory regions;
  private final Clock clock;

  public ActivityReport(JdbcTemplate jdbc, CommunityAccess access, RegionDirectory regions, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.regions = regions;
    this.clock = clock;
  }

  /** One row: a region in one month. {@code activities} maps each kind to its count. */
  public record Row(String regionCode, String regionName, String month, Map<ActivityKind, Long> activities,
      long totalActivities, long boys, long girls, long men, long women, long participants) {}

  /** The report: its year, grouping and rows ordered by region and month. */
  public record Report(int year, String groupBy, String regionCode, List<Row> rows) {}

  @Transactional(readOnly = true)
  public Report count(String year, String groupBy, String regionCode) {
    String filters = "preventionReport year=" + (year != null && YEAR.matcher(year).matches() ? year : "-")
        + " groupBy=" + ("regency".equals(groupBy) ? "regency" : "district");
    Manager manager = access.reportReader(filters);
    List<FieldProblem> problems = new ArrayList<>();
    int y = LocalDate.now(clock.withZone(UnitTimeZones.WIB)).getYear();
    if (year != null && !year.isBlank()) {
      if (!YEAR.matcher(year.trim()).matches() || Integer.parseInt(year.trim()) < 2000) {
        problems.add(new FieldProblem("year", "FORMAT", "Tahun harus 4 angka, paling awal 2000."));
      } else {
        y = Integer.parseInt(year.trim());
      }
    }
    String by = groupBy == null || groupBy.isBlank() ? "district" : groupBy.trim();
    if (!by.equals("regency") && !by.equals("district")) {
      problems.add(new FieldProblem("groupBy", "UNKNOWN_CODE", "Pengelompokan harus regency atau district."));
    }
    String region = regionCode == null || regionCode.isBlank() ? null : regionCode.trim();
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    if (region != null && (regions.find(region).isEmpty() || !manager.scope().codes().stream()
        .anyMatch(s -> region.startsWith(s) || s.startsWith(region)))) {
      throw ApiException.notFound("REGION_NOT_FOUND", "No region with this code in your scope.");
    }
    String column = by.equals("regency") ? "regency_code" : "district_code";
    StringBuilder sql = new StringBuilder("SELECT ").append(column)
        .append(" AS region, EXTRACT(MONTH FROM activity_date) AS m, kind, COUNT(*) AS n, SUM(boys) AS boys,"
            + " SUM(girls) AS girls, SUM(men) AS men, SUM(women) AS women FROM prevention_activity WHERE ")
        .append(manager.scope().sqlCondition("regency_code", "district_code", "village_code"))
        .append(" AND activity_date >= ? AND activity_date < ?");
    List<Object> args = new ArrayList<>(List.of(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1)));
    if (region != null) {
      // Validated digits of an existing region.
      sql.append(" AND ").append(new id.terpadu.access.RegionScope(List.of(region))
          .sqlCondition("regency_code", "district_code", "village_code"));
    }
    sql.append(" GROUP BY ").append(column).append(", EXTRACT(MONTH FROM activity_date), kind");

    Map<String, Row> rows = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    int reportYear = y;
    jdbc.query(sql.toString(), rs -> {
      String code = rs.getString("region");
      int month = rs.getInt("m");
      String key = code + "/" + month;
      Row old = rows.get(key);
      Map<ActivityKind, Long> kinds = old == null ? emptyKinds() : new EnumMap<>(old.activities());
      long n = rs.getLong("n");
      kinds.merge(ActivityKind.valueOf(rs.getString("kind")), n, Long::sum);
      long boys = rs.getLong("boys") + (old == null ? 0 : old.boys());
      long girls = rs.getLong("girls") + (old == null ? 0 : old.girls());
      long men = rs.getLong("men") + (old == null ? 0 : old.men());
      long women = rs.getLong("women") + (old == null ? 0 : old.women());
      String name = names.computeIfAbsent(code, c -> regions.find(c).map(Region::getName).orElse(c));
      rows.put(key, new Row(code, name, "%d-%02d".formatted(reportYear, month), kinds,
          (old == null ? 0 : old.totalActivities()) + n, boys, girls, men, women, boys + girls + men + women));
    }, args.toArray());
    List<Row> ordered = rows.values().stream()
        .sorted((a, b) -> a.regionCode().equals(b.regionCode()) ? a.month().compareTo(b.month())
            : a.regionCode().compareTo(b.regionCode())).toList();
    access.listed(manager, filters, ordered.size());
    return new Report(y, by, region, ordered);
  }

  private static Map<ActivityKind, Long> emptyKinds() {
    Map<ActivityKind, Long> kinds = new EnumMap<>(ActivityKind.class);
    for (ActivityKind kind : ActivityKind.values()) {
      kinds.put(kind, 0L);
    }
    return kinds;
  }

  /** The report as CSV (UTF-8, header row in Bahasa Indonesia, cells through {@link CsvCells}). */
  public static String csv(Report report) {
    StringBuilder out = new StringBuilder();
    List<Object> header = new ArrayList<>(List.of(
        report.groupBy().equals("regency") ? "kode_kabupaten" : "kode_kecamatan", "nama_wilayah", "bulan"));
    for (ActivityKind kind : ActivityKind.values()) {
      header.add(kind.label());
    }
    header.addAll(List.of("jumlah_kegiatan", "anak_laki_laki", "anak_perempuan", "laki_laki_dewasa",
        "perempuan_dewasa", "jumlah_peserta"));
    out.append(CsvCells.line(header)).append("\r\n");
    for (Row row : report.rows()) {
      List<Object> cells = new ArrayList<>(List.of(row.regionCode(), row.regionName(), row.month()));
      for (ActivityKind kind : ActivityKind.values()) {
        cells.add(row.activities().get(kind));
      }
      cells.addAll(List.of(row.totalActivities(), row.boys(), row.girls(), row.men(), row.women(),
          row.participants()));
      out.append(CsvCells.line(cells)).append("\r\n");
    }
    return out.toString();
  }
}
