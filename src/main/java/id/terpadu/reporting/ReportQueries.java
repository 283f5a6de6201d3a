package id.terpadu.reporting;

import id.terpadu.region.RegionLevel;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The report queries: set-based SQL, aggregated in the database (nothing but the aggregates comes back), the
 * same text on H2 and PostgreSQL. Every query applies the report's {@link ReportScope} through
 * {@code RegionScope.sqlCondition} (in {@link ReceiptWindow} for cases). With {@code byRegency} the rows are
 * grouped by the case's (or visit's) regency as well; otherwise {@code regency} is null. docs/reports.md
 * explains what each number means and the plans the queries are written for.
 */
@Repository
class ReportQueries {

  private final NamedParameterJdbcTemplate jdbc;

  ReportQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record CaseCount(String regency, int year, String category, long cases) {}

  /** Visits to one village in one year: the children reached in all of them. */
  record VillageYear(String regency, int year, String district, String village, long children) {}

  /**
   * Outreach in one year (or the whole period: year null) of one regency (or all: regency null): distinct
   * villages and districts visited, children reached.
   */
  record VisitCount(String regency, Integer year, long villages, long districts, long children) {

    /**
     * Counts village-years per regency ({@code byRegency}; otherwise regency null) and per year ({@code perYear};
     * otherwise over the whole period, year null). A village or district visited in several years counts once
     * over the period.
     */
    static List<VisitCount> count(List<VillageYear> rows, boolean byRegency, boolean perYear) {
      record Key(String regency, Integer year) {}
      final class Tally {
        final Set<String> villages = new HashSet<>();
        final Set<String> districts = new HashSet<>();
        long children;
      }
      Map<Key, Tally> tallies = new LinkedHashMap<>();
      for (VillageYear row : rows) {
        Tally tally = tallies.computeIfAbsent(
            new Key(byRegency ? row.regency() : null, perYear ? row.year() : null), k -> new Tally());
        tally.villages.add(row.village());
        tally.districts.add(row.district());
        tally.children += row.children();
      }
      List<VisitCount> counts = new ArrayList<>(tallies.size());
      tallies.forEach((key, tally) -> counts.add(new VisitCount(key.regency(), key.year(), tally.villages.size(),
          tally.districts.size(), tally.children)));
      return counts;
    }
  }

  /** Prevention activities of one kind in one year (and regency): how many, and their participants. */
  record ActivityCount(String regency, int year, String kind, long activities, long boys, long girls, long men,
      long women) {}

  record ReferralEvents(String regency, String agency, long sent, long accepted, long declined) {}

  record ReferralStates(String regency, String agency, long completed, long notCompleted, long cancelled,
      long inProgress, long overdue, Double medianDaysToCompletion) {}

  record Durations(String regency, long triaged, Double triageMedian, Double triageP90, long referred,
      Double referralMedian, Double referralP90, long terminated, Double terminationMedian,
      Double terminationP90) {}

  record TaskCounts(String regency, String taskKey, long completed, long onTime, long open, long openOverdue) {}

  /** Cases by year of receipt and primary category. */
  List<CaseCount> caseCounts(ReportScope scope, boolean byRegency) {
    ReceiptWindow window = new ReceiptWindow(scope.regions(), scope.period(), "c");
    String regency = byRegency ? "c.regency_code" : "CAST(NULL AS VARCHAR(4))";
    String sql = "SELECT x.regency, x.yr, x.category, COUNT(*) AS cases FROM ("
        + " SELECT " + regency + " AS regency, " + window.yearExpression() + " AS yr, c.primary_category AS category"
        + " FROM child_case c WHERE " + window.condition() + ") x"
        + " GROUP BY x.regency, x.yr, x.category";
    return jdbc.query(sql, window.parameters(), (rs, i) -> new CaseCount(rs.getString("regency"), rs.getInt("yr"),
        rs.getString("category"), rs.getLong("cases")));
  }

  /**
   * Outreach visits grouped by regency, year of the visit, district and village: children reached in each. One
   * row per village visited in a year (20,000 rows for 200,000 visits of a province over ten years); the
   * report's distinct villages and districts, per year and over the period, per regency and in all, are counted
   * from these rows by {@link VisitCount#count} instead of four {@code COUNT(DISTINCT …)} sorts of every visit.
   */
  List<VillageYear> villageYears(ReportScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("fromDate", LocalDate.of(scope.period().fromYear(), 1, 1));
    params.put("toDate", LocalDate.of(scope.period().toYear() + 1, 1, 1));
    String sql = "SELECT x.regency, x.yr, x.district_code, x.village_code, SUM(x.children_reached) AS children"
        + " FROM (SELECT o.regency_code AS regency, EXTRACT(YEAR FROM o.visit_date) AS yr, o.district_code,"
        + " o.village_code, o.children_reached FROM outreach_visit o WHERE "
        + scope.regions().sqlCondition("o.regency_code", "o.district_code", "o.village_code")
        + " AND o.visit_date >= :fromDate AND o.visit_date < :toDate) x"
        + " GROUP BY x.regency, x.yr, x.district_code, x.village_code";
    return jdbc.query(sql, params, (rs, i) -> new VillageYear(rs.getString("regency"), rs.getInt("yr"),
        rs.getString("district_code"), rs.getString("village_code"), rs.getLong("children")));
  }

  /** Prevention activities per year and kind (and regency), by the activity's date and village. */
  List<ActivityCount> activityCounts(ReportScope scope, boolean byRegency) {
    Map<String, Object> params = new HashMap<>();
    params.put("fromDate", LocalDate.of(scope.period().fromYear(), 1, 1));
    params.put("toDate", LocalDate.of(scope.period().toYear() + 1, 1, 1));
    String regency = byRegency ? "a.regency_code" : "CAST(NULL AS VARCHAR(4))";
    String sql = "SELECT x.regency, x.yr, x.kind, COUNT(*) AS activities, SUM(x.boys) AS boys,"
        + " SUM(x.girls) AS girls, SUM(x.men) AS men, SUM(x.women) AS women FROM ("
        + " SELECT " + regency + " AS regency, EXTRACT(YEAR FROM a.activity_date) AS yr, a.kind,"
        + " a.boys, a.girls, a.men, a.women FROM prevention_activity a WHERE "
        + scope.regions().sqlCondition("a.regency_code", "a.district_code", "a.village_code")
        + " AND a.activity_date >= :fromDate AND a.activity_date < :toDate) x"
        + " GROUP BY x.regency, x.yr, x.kind";
    return jdbc.query(sql, params, (rs, i) -> new ActivityCount(rs.getString("regency"), rs.getInt("yr"),
        rs.getString("kind"), rs.getLong("activities"), rs.getLong("boys"), rs.getLong("girls"), rs.getLong("men"),
        rs.getLong("women")));
  }

  /**
   * The referral report's counts per regency of the case and agency: what happened at each agency (status history:
   * sent, accepted, declined), where the referrals stand at the agency holding them now, those open past their
   * target date on {@code today}, and the completed ones per whole days from sending to verification.
   *
   * <p>Scopes of provinces and regencies read the sums per regency, year and agency (a few rows per regency and
   * year, however many referrals); district and village scopes sum the parts of their referrals (ADR 0033; both
   * kept by {@link ReferralTally}).
   *
   * @param today the unit's local date: an open referral is overdue after its target date
   */
  ReferralCounts referralCounts(ReportScope scope, LocalDate today) {
    Map<String, Object> params = receiptYears(scope);
    params.put("today", today);
    boolean sums = coveredByTally(scope);
    String where = tallyCondition(scope, sums);
    String keys = "t.regency_code AS regency, t.agency_code AS agency";
    String groups = " GROUP BY t.regency_code, t.agency_code";
    String events = "SELECT " + keys + ", SUM(t.sent) AS sent, SUM(t.accepted) AS accepted,"
        + " SUM(t.declined) AS declined FROM " + (sums ? "referral_tally_events" : "referral_tally_part") + " t"
        + where + groups + " HAVING SUM(t.sent) + SUM(t.accepted) + SUM(t.declined) > 0";
    String states = "SELECT " + keys + ", SUM(t.completed) AS completed, SUM(t.not_completed) AS not_completed,"
        + " SUM(t.cancelled) AS cancelled, SUM(t.in_progress) AS in_progress,"
        + " SUM(t.overdue_verified) AS overdue_verified FROM "
        + (sums ? "referral_tally_states" : "referral_tally_part") + " t" + where + groups
        + " HAVING SUM(t.completed) + SUM(t.not_completed) + SUM(t.cancelled) + SUM(t.in_progress)"
        + " + SUM(t.overdue_verified) > 0";
    String open = sums
        ? "SELECT " + keys + ", SUM(t.referrals) AS referrals FROM referral_tally_open t" + where
            + " AND t.target_date < :today" + groups
        : "SELECT " + keys + ", COUNT(*) AS referrals FROM referral_tally_part t" + where
            + " AND t.open_target < :today" + groups;
    String days = sums
        ? "SELECT " + keys + ", t.days, SUM(t.referrals) AS referrals FROM referral_tally_days t" + where
            + groups + ", t.days"
        : "SELECT " + keys + ", t.done_days AS days, COUNT(*) AS referrals FROM referral_tally_part t" + where
            + " AND t.done_days IS NOT NULL" + groups + ", t.done_days";
    return new ReferralCounts(
        jdbc.query(events, params, (rs, i) -> new ReferralEvents(rs.getString("regency"), rs.getString("agency"),
            rs.getLong("sent"), rs.getLong("accepted"), rs.getLong("declined"))),
        jdbc.query(states, params, (rs, i) -> new ReferralCounts.StateCount(rs.getString("regency"),
            rs.getString("agency"), rs.getLong("completed"), rs.getLong("not_completed"), rs.getLong("cancelled"),
            rs.getLong("in_progress"), rs.getLong("overdue_verified"))),
        jdbc.query(open, params, (rs, i) -> new ReferralCounts.OverdueCount(rs.getString("regency"),
            rs.getString("agency"), rs.getLong("referrals"))),
        jdbc.query(days, params, (rs, i) -> new ReferralCounts.DayCount(rs.getString("regency"),
            rs.getString("agency"), rs.getInt("days"), rs.getLong("referrals"))));
  }

  /** The period's years as the parameters {@code fromYear} and {@code toYear} of {@link #tallyCondition}. */
  private static Map<String, Object> receiptYears(ReportScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("fromYear", scope.period().fromYear());
    params.put("toYear", scope.period().toYear());
    return params;
  }

  /**
   * The scope and period on a tally table {@code t} ({@code WHERE …}): sums are kept per regency, parts carry the
   * district and village too.
   */
  private static String tallyCondition(ReportScope scope, boolean sums) {
    return " WHERE " + scope.regions().sqlCondition("t.regency_code",
        sums ? "t.regency_code" : "t.district_code", sums ? "t.regency_code" : "t.village_code")
        + " AND t.receipt_year >= :fromYear AND t.receipt_year <= :toYear";
  }

  /** Whether the sums answer the scope: provinces and regencies (they are kept per regency). */
  static boolean coveredByTally(ReportScope scope) {
    return scope.regions().codes().stream().map(RegionLevel::ofCode)
        .allMatch(level -> level == RegionLevel.PROVINCE || level == RegionLevel.REGENCY);
  }

  /**
   * The timeliness report's histograms: cases per regency, measure (days from receipt to triage, to the first
   * referral verified as done, to termination) and duration in whole tenths of a day. Province and regency scopes
   * read the tally's sums per regency and year; district and village scopes count the parts of their cases (ADR
   * 0034; both kept by {@link TimelinessTally}).
   */
  TimelinessCounts timelinessCounts(ReportScope scope) {
    Map<String, Object> params = receiptYears(scope);
    boolean sums = coveredByTally(scope);
    String where = tallyCondition(scope, sums);
    String sql;
    if (sums) {
      sql = "SELECT t.regency_code AS regency, t.measure, t.tenths, SUM(t.cases) AS cases"
          + " FROM timeliness_tally_sums t" + where + " GROUP BY t.regency_code, t.measure, t.tenths";
    } else {
      List<String> measures = new java.util.ArrayList<>();
      for (String[] m : new String[][] {{TimelinessParts.TRIAGE, "triage_tenths"},
          {TimelinessParts.REFERRAL, "referral_tenths"}, {TimelinessParts.TERMINATION, "termination_tenths"}}) {
        measures.add("SELECT t.regency_code AS regency, CAST('" + m[0] + "' AS VARCHAR(12)) AS measure, t." + m[1]
            + " AS tenths, COUNT(*) AS cases FROM timeliness_tally_part t" + where + " AND t." + m[1]
            + " IS NOT NULL GROUP BY t.regency_code, t." + m[1]);
      }
      sql = String.join(" UNION ALL ", measures);
    }
    return new TimelinessCounts(jdbc.query(sql, params, (rs, i) -> new TimelinessCounts.TenthsCount(
        rs.getString("regency"), rs.getString("measure"), rs.getInt("tenths"), rs.getLong("cases"))));
  }

  /**
   * The user tasks with a due date of the cases' process instances (the case process and its referral processes
   * share the case number as business key) by task definition: completed, completed by the due date, still open, open
   * past the due date. Completed tasks of province and regency scopes come from the tally's sums per regency and
   * year; district and village scopes, and every scope's open tasks (past due or not depends on the hour), count the
   * parts (ADR 0036; both kept by {@link TaskStageTally}). Per regency, as the other tallies' counts: the scope's
   * totals are their sums.
   */
  List<TaskCounts> taskCounts(ReportScope scope, Instant now) {
    Map<String, Object> params = receiptYears(scope);
    // The engine writes its timestamps as java.sql.Timestamp; the parts keep them so, and "now" is bound the same way.
    params.put("now", Timestamp.from(now));
    String completed = coveredByTally(scope)
        ? "SELECT t.regency_code AS regency, t.task_key, SUM(t.completed) AS completed, SUM(t.on_time) AS on_time,"
            + " 0 AS open_tasks, 0 AS open_overdue FROM task_stage_sums t" + tallyCondition(scope, true)
        : "SELECT t.regency_code AS regency, t.task_key, COUNT(*) AS completed,"
            + " SUM(CASE WHEN t.status = 'ON_TIME' THEN 1 ELSE 0 END) AS on_time, 0 AS open_tasks, 0 AS open_overdue"
            + " FROM task_stage_part t" + tallyCondition(scope, false) + " AND t.status <> 'OPEN'";
    String open = "SELECT t.regency_code AS regency, t.task_key, 0 AS completed, 0 AS on_time,"
        + " COUNT(*) AS open_tasks, SUM(CASE WHEN t.due_date < :now THEN 1 ELSE 0 END) AS open_overdue"
        + " FROM task_stage_part t" + tallyCondition(scope, false) + " AND t.status = 'OPEN'";
    String groupBy = " GROUP BY t.regency_code, t.task_key";
    String sql = "SELECT x.regency, x.task_key, SUM(x.completed) AS completed, SUM(x.on_time) AS on_time,"
        + " SUM(x.open_tasks) AS open_tasks, SUM(x.open_overdue) AS open_overdue FROM ("
        + completed + groupBy + " UNION ALL " + open + groupBy + ") x GROUP BY x.regency, x.task_key";
    return jdbc.query(sql, params, (rs, i) -> new TaskCounts(rs.getString("regency"), rs.getString("task_key"),
        rs.getLong("completed"), rs.getLong("on_time"), rs.getLong("open_tasks"), rs.getLong("open_overdue")));
  }

  /** Agency code → name, for the referral report's rows. */
  Map<String, String> agencyNames() {
    Map<String, String> names = new HashMap<>();
    jdbc.query("SELECT code, name FROM agency", rs -> {
      names.put(rs.getString("code"), rs.getString("name"));
    });
    return names;
  }
}
