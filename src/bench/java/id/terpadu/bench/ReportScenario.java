package id.terpadu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Each report of the reporting issue at 1,000,000 cases and 3,000,000 referrals (with their status changes and
 * 200,000 outreach visits), as the province officer (scope: the whole province) over ten years, through
 * {@code GET /api/reports/…}. Target: < 1 s each. The query plans PostgreSQL chose are recorded from
 * {@code auto_explain}, which {@code bench/run} switches on for the application's database.
 *
 * <p>The seed writes around the application, so the report tallies (ADR 0033, 0034, 0036) are rebuilt through
 * {@code POST /api/admin/report-tallies/rebuild} before the reports are read; the time it took is reported. The
 * seed includes the engine history of the cases (a process instance and six tasks with due dates each, 6,000,000
 * tasks at full size), which the timeliness report's stages count.
 *
 * <p>Cases, referrals and visits are generated inside PostgreSQL ({@code INSERT … SELECT generate_series}) as
 * historical records: categories, channels, risk levels and outcomes in plausible proportions, received over
 * 2016–2025, spread over ten regencies and their districts, 1–5 referrals per case (3 on average).
 */
final class ReportScenario implements Scenario {

  static final long FIRST_ID = 500_000_000L;
  private static final List<String> REPORTS = List.of("case-responses", "outreach", "referrals", "timeliness");

  @Override
  public String name() {
    return "reports";
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    int cases = context.options().size(1_000_000, 50_000);
    int calls = context.options().size(5, 3);
    Database db = context.app();
    AppNode node = context.node(); // started first: its migrations create the tables the seed fills
    seed(db, cases);
    long referrals = db.queryLong("SELECT count(*) FROM referral");
    long allCases = db.queryLong("SELECT count(*) FROM child_case");
    // The seed wrote around the application: recompute the referral report's tally as an operator would.
    long rebuildStart = System.nanoTime();
    AppNode.expect(node.postJson("admin", "/api/admin/report-tallies/rebuild", "", java.time.Duration.ofMinutes(30)),
        200);
    double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
    List<Measurement> results = new ArrayList<>();
    Path log = System.getenv("BENCH_PG_LOG") == null ? null : Path.of(System.getenv("BENCH_PG_LOG"));
    for (String report : REPORTS) {
      String path = "/api/reports/" + report + "?fromYear=2016&toYear=2025";
      AppNode.expect(node.get("provinsi", path), 200);
      long logStart = log != null && Files.isReadable(log) ? Files.size(log) : -1;
      Latencies latencies = new Latencies();
      for (int i = 0; i < calls; i++) {
        latencies.time(() -> AppNode.expect(node.get("provinsi", path), 200));
      }
      if (logStart >= 0) {
        context.recordPlan(report + " (auto_explain, statements over 100 ms)", newPlans(log, logStart));
      }
      results.add(Measurement.below(name(), report + " report, slowest of " + calls + " (ms)",
          latencies.percentileMillis(100), Double.NaN, 1_000, "ms", allCases + " cases, " + referrals
              + " referrals, province scope, 2016–2025, per regency"
              + (report.equals("referrals") ? String.format(java.util.Locale.ROOT,
                  "; tally rebuilt after the seed in %.0f s", rebuildSeconds) : "")));
    }
    return results;
  }

  private static List<String> newPlans(Path log, long from) throws IOException {
    byte[] all = Files.readAllBytes(log);
    String added = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
        StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    boolean inPlan = false;
    for (String line : added.split("\n")) {
      if (line.contains("duration:") && line.contains("plan:")) {
        inPlan = true;
        lines.add(line.replaceFirst("^.*?duration:", "duration:"));
      } else if (inPlan && (line.startsWith("\t") || line.startsWith(" "))) {
        lines.add(line);
      } else {
        inPlan = false;
      }
    }
    if (lines.isEmpty()) {
      lines.add("(no statement over the auto_explain threshold)");
    }
    return lines;
  }

  static void seed(Database db, int cases) throws Exception {
    long present = db.queryLong("SELECT count(*) FROM child_case WHERE id >= ?", FIRST_ID);
    if (present >= cases) {
      return;
    }
    String regencies = "ARRAY['" + String.join("','", QueueScenario.REGENCIES) + "']";
    db.execute("DROP TABLE IF EXISTS bench_district",
        "CREATE TABLE bench_district AS SELECT row_number() OVER (ORDER BY code) AS n, code FROM region"
            + " WHERE level = 'DISTRICT' AND parent_code = ANY (" + regencies + ")",
        """
        INSERT INTO child_case (id, case_number, regency_code, district_code, status, stage, risk_level,
          primary_category, channel, received_at, description, reporter_anonymous, historical, created_by, version,
          conference_agenda, triaged_at, closed_at, closure_reason)
        SELECT %1$d + g, 'BENCH/' || g, substr(d.code, 1, 4), d.code,
          CASE WHEN g %% 10 = 0 THEN 'OPEN' ELSE 'CLOSED' END,
          CASE WHEN g %% 10 = 0 THEN 'MONITORING' END,
          (ARRAY['HIGH','MEDIUM','MEDIUM','LOW','LOW'])[1 + g %% 5],
          (ARRAY['KEKERASAN_FISIK','KEKERASAN_SEKSUAL','KEKERASAN_PSIKIS','PENELANTARAN','KEPENDUDUKAN',
                 'PENDIDIKAN','PENGASUHAN','ABH','PEKERJA_ANAK','KESEHATAN'])[1 + (g / 7) %% 10],
          (ARRAY['WALK_IN','WALK_IN','PHONE','REFERRAL_POLICE','REFERRAL_SCHOOL','COMMUNITY','OUTREACH'])[1 + g %% 7],
          received, 'Kasus sintetis untuk uji kinerja.', g %% 5 = 0, TRUE, 'bench', 0, FALSE,
          received + interval '2 days',
          CASE WHEN g %% 10 <> 0 THEN received + (30 + g %% 200) * interval '1 day' END,
          CASE WHEN g %% 10 <> 0 THEN (ARRAY['GOALS_MET','GOALS_MET','GOALS_MET','MOVED_AWAY','AGED_OUT',
                 'FAMILY_REFUSED','NOT_A_CASE'])[1 + g %% 7] END
        FROM generate_series(%2$d, %3$d) g
        CROSS JOIN LATERAL (SELECT timestamp with time zone '2016-01-01 08:00+07'
          + ((CAST(g AS BIGINT) * 7919) %% 3650) * interval '1 day' AS received) t
        JOIN bench_district d ON d.n = 1 + g %% (SELECT count(*) FROM bench_district)
        """.formatted(FIRST_ID, present, cases - 1),
        """
        INSERT INTO referral (id, case_id, service_type, agency_code, regency_code, target_date, status,
          decline_reason, outcome, service_date, created_at, completed_at, version)
        SELECT c.id * 10 + k, c.id, (ARRAY['KESEHATAN','PSIKOLOGIS','HUKUM','AKTA_KELAHIRAN','PENDIDIKAN'])[k],
          (ARRAY['rsud','psikolog','lbh','dukcapil','dinsos'])[k], c.regency_code,
          CAST(c.received_at + interval '30 days' AS DATE),
          (ARRAY['VERIFIED','VERIFIED','VERIFIED','ACCEPTED','SENT','CANCELLED'])[1 + CAST((c.id + k) %% 6 AS INT)],
          CASE WHEN (c.id + k) %% 6 = 5 THEN 'Tidak ada layanan' END,
          CASE WHEN (c.id + k) %% 6 < 3 THEN (ARRAY['DONE','DONE','NOT_DONE'])[1 + CAST((c.id + k) %% 3 AS INT)] END,
          CASE WHEN (c.id + k) %% 6 < 3 THEN CAST(c.received_at + (10 + c.id %% 40) * interval '1 day' AS DATE) END,
          c.received_at + interval '3 days',
          CASE WHEN (c.id + k) %% 6 < 3 THEN c.received_at + (12 + c.id %% 40) * interval '1 day' END, 0
        FROM child_case c CROSS JOIN generate_series(1, 5) k
        WHERE c.id >= %1$d + %2$d AND k <= 1 + (c.id * 31) %% 5
        """.formatted(FIRST_ID, present),
        """
        INSERT INTO referral_status_change (referral_id, position, status, agency_code, changed_at, changed_by)
        SELECT r.id, s.position, s.status, r.agency_code, r.created_at + s.position * interval '1 day', 'bench'
        FROM referral r CROSS JOIN LATERAL (VALUES (0, 'SENT'),
          (1, CASE WHEN r.status = 'CANCELLED' THEN 'DECLINED' WHEN r.status = 'SENT' THEN NULL ELSE 'ACCEPTED' END))
          AS s(position, status)
        WHERE r.id >= (CAST(%1$d AS BIGINT) + %2$d) * 10 AND s.status IS NOT NULL
        """.formatted(FIRST_ID, present),
        // Engine history, as the case process leaves it: one process instance per case (business key: the case
        // number) and six user tasks with due dates, three days each; a fifth completed late, the last task of an
        // open case still open. The timeliness report's stages count them (ADR 0036).
        """
        INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
          END_TIME_, STATE_)
        SELECT 'bench-p-' || c.id, 'bench-p-' || c.id, c.case_number, 'Process_CaseManagement', 'bench',
          CAST(c.received_at AS TIMESTAMP), CAST(c.closed_at AS TIMESTAMP),
          CASE WHEN c.closed_at IS NULL THEN 'ACTIVE' ELSE 'COMPLETED' END
        FROM child_case c WHERE c.id >= %1$d + %2$d
        """.formatted(FIRST_ID, present),
        """
        INSERT INTO ACT_HI_TASKINST (ID_, PROC_INST_ID_, ROOT_PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_,
          TASK_DEF_KEY_, NAME_, START_TIME_, END_TIME_, DELETE_REASON_, DUE_DATE_, PRIORITY_)
        SELECT 'bench-t-' || c.id || '-' || k, 'bench-p-' || c.id, 'bench-p-' || c.id, 'Process_CaseManagement',
          'bench', (ARRAY['Task_TriageComplaint','Task_AssignCaseworker','Task_ConductAssessment',
                          'Task_DraftServicePlan','Task_ApproveServicePlan','Task_MonitorCase'])[k],
          'Tugas sintetis', s.started, e.ended, CASE WHEN e.ended IS NOT NULL THEN 'completed' END,
          s.started + interval '3 days', 50
        FROM child_case c CROSS JOIN generate_series(1, 6) k
        CROSS JOIN LATERAL (SELECT CAST(c.received_at AS TIMESTAMP) + (k - 1) * interval '3 days' AS started) s
        CROSS JOIN LATERAL (SELECT CASE WHEN c.status = 'OPEN' AND k = 6 THEN NULL
          ELSE s.started + ((c.id + k) %% 5) * interval '20 hours' END AS ended) e
        WHERE c.id >= %1$d + %2$d
        """.formatted(FIRST_ID, present),
        """
        INSERT INTO outreach_visit (id, visit_date, regency_code, district_code, village_code, children_reached,
          historical, created_by, created_at, version)
        SELECT %1$d + g, DATE '2016-01-01' + (g * 13) %% 3650, substr(v.code, 1, 4), substr(v.code, 1, 6), v.code,
          g %% 40, TRUE, 'bench', now(), 0
        FROM generate_series(%2$d, %3$d) g
        JOIN (SELECT row_number() OVER (ORDER BY code) AS n, code FROM region
              WHERE level = 'VILLAGE' AND substr(code, 1, 4) = ANY (%4$s)) v
          ON v.n = 1 + g %% 2000
        """.formatted(FIRST_ID, present / 5, cases / 5 - 1, regencies),
        "DROP TABLE bench_district", "ANALYZE");
  }
}
