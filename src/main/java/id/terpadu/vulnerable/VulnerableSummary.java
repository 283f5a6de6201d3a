package id.terpadu.vulnerable;

import id.terpadu.access.Caller;
import id.terpadu.access.RegionScope;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry in numbers per regency, in the caller's region scope: a unit sees its own regency, the province one
 * row per regency of the province (with zeros where nobody is registered) and the totals. Numbers only, never a
 * person.
 */
@Service
public class VulnerableSummary {

  /** One regency's numbers (or the totals, without code and name). */
  public record Row(String regencyCode, String regencyName, long registered, long assessed,
      long awaitingVerification, long inDtks, long notInDtks, long unidentified, long unmatched) {

    Row plus(Row o) {
      return new Row(null, "Jumlah", registered + o.registered, assessed + o.assessed,
          awaitingVerification + o.awaitingVerification, inDtks + o.inDtks, notInDtks + o.notInDtks,
          unidentified + o.unidentified, unmatched + o.unmatched);
    }
  }

  public record Summary(List<Row> rows, Row totals) {}

  private final JdbcTemplate jdbc;
  private final RegionDirectory regions;
  private final VulnerableAccess access;

  public VulnerableSummary(JdbcTemplate jdbc, RegionDirectory regions, VulnerableAccess access) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.access = access;
  }

  @Transactional(readOnly = true)
  public Summary summary() {
    Caller caller = access.summaryReader();
    RegionScope scope = caller.scope();
    Map<String, Row> byRegency = new TreeMap<>();
    for (String regency : regenciesOf(scope)) {
      byRegency.put(regency, new Row(regency, name(regency), 0, 0, 0, 0, 0, 0, 0));
    }
    jdbc.query("SELECT e.regency_code, COUNT(*) AS registered,"
        + " SUM(CASE WHEN e.assessment_status = 'VERIFIED' THEN 1 ELSE 0 END) AS assessed,"
        + " SUM(CASE WHEN e.assessment_status = 'AWAITING_VERIFICATION' THEN 1 ELSE 0 END) AS awaiting,"
        + " SUM(CASE WHEN e.dtks_status = 'IN_DTKS' THEN 1 ELSE 0 END) AS in_dtks,"
        + " SUM(CASE WHEN e.dtks_status = 'NOT_IN_DTKS' THEN 1 ELSE 0 END) AS not_in_dtks,"
        + " SUM(CASE WHEN e.dtks_status = 'NOT_IDENTIFIABLE' THEN 1 ELSE 0 END) AS unidentified,"
        + " SUM(CASE WHEN e.dtks_status IS NULL THEN 1 ELSE 0 END) AS unmatched"
        + " FROM vulnerable_entry e WHERE e.regency_code IS NOT NULL AND "
        + scope.sqlCondition("e.regency_code", "e.district_code", "e.village_code")
        + " GROUP BY e.regency_code", rs -> {
          String regency = rs.getString("regency_code");
          byRegency.put(regency, new Row(regency, name(regency), rs.getLong("registered"), rs.getLong("assessed"),
              rs.getLong("awaiting"), rs.getLong("in_dtks"), rs.getLong("not_in_dtks"), rs.getLong("unidentified"),
              rs.getLong("unmatched")));
        });
    List<Row> rows = new ArrayList<>(byRegency.values());
    Row totals = new Row(null, "Jumlah", 0, 0, 0, 0, 0, 0, 0);
    for (Row row : rows) {
      totals = totals.plus(row);
    }
    access.listed(caller, "vulnerable:summary", rows.size());
    return new Summary(rows, totals);
  }

  /** The regencies a scope covers: every regency of a province code, the regency of any other code. */
  private List<String> regenciesOf(RegionScope scope) {
    List<String> regencies = new ArrayList<>();
    for (String code : scope.codes()) {
      if (RegionLevel.ofCode(code) == RegionLevel.PROVINCE) {
        regions.children(code).stream().map(Region::getCode).forEach(regencies::add);
      } else {
        regencies.add(code.substring(0, 4));
      }
    }
    return regencies;
  }

  private String name(String regency) {
    return regions.find(regency).map(Region::getName).orElse(regency);
  }
}
