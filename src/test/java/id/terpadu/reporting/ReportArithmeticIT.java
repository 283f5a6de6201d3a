package id.terpadu.reporting;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The report arithmetic on a fixed fixture in Kabupaten Blitar (3505), 2001–2004, which no other test uses:
 * imported and live cases mixed, a year without cases (2002), categories without cases, a case received in 2003
 * and closed in 2004, a complaint received at 00:30 WIB on 1 January 2004 (still 2003 in UTC), referrals that
 * were declined, rerouted, cancelled, completed and not completed, outreach visits over the years. Read by the
 * administrator (every region) and narrowed with {@code regencyCode=3505}. A live case of Tulungagung, registered
 * and triaged through the API, moves the numbers of this year by exactly one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportArithmeticIT {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final String V1 = "3505012001";
  static final String V2 = "3505012002";
  static final String OTHER_DISTRICT = "3505022001";
  static final String PERIOD = "fromYear=2001&toYear=2004&regencyCode=3505";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  CaseFixtures fixtures;

  /** Termination of the 2003 case: received 1 May 2003, closed 1 February 2004. */
  static final double DAYS_2003_CASE = Duration.between(at("2003-05-01T08:00"), at("2004-02-01T08:00")).toHours() / 24.0;

  @BeforeAll
  void fixture() {
    fixtures = new CaseFixtures(port);
    ReportFixtures f = new ReportFixtures(jdbc, "UJI-LAPORAN-A-");
    f.clear();
    // 2001: a live ABH case (triaged after 6 hours, first referral completed after 15 days) ...
    f.kase(990_000_001L, V1, "ABH", at("2001-01-05T09:00"), false, at("2001-01-05T15:00"), null, null);
    // ... an imported ABH case closed after 10 days, a sexual-violence complaint closed at triage (not a
    // termination), and a health case in another district.
    f.kase(990_000_002L, V1, "ABH", at("2001-03-01T08:00"), true, null, at("2001-03-11T08:00"), "GOALS_MET");
    f.kase(990_000_003L, V2, "KEKERASAN_SEKSUAL", at("2001-04-01T08:00"), false, at("2001-04-02T08:00"),
        at("2001-04-02T08:00"), "NOT_A_CASE");
    f.kase(990_000_004L, OTHER_DISTRICT, "KESEHATAN", at("2001-05-01T08:00"), true, null, null, null);
    // 2002: nothing. 2003: an imported neglect case closed in 2004.
    f.kase(990_000_005L, V1, "PENELANTARAN", at("2003-05-01T08:00"), true, null, at("2004-02-01T08:00"),
        "GOALS_MET");
    // 00:30 WIB on 1 January 2004 is 17:30 UTC on 31 December 2003: a case of 2004 for the unit.
    f.kase(990_000_006L, V1, "ABH", at("2004-01-01T00:30"), false, at("2004-01-01T12:30"), null, null);

    Instant sent = at("2001-01-10T09:00");
    // lbh: sent, accepted, reported, verified done 10 days after sending (15 days after the complaint).
    f.referral(990_000_101L, 990_000_001L, "lbh", "VERIFIED", "DONE", null, LocalDate.of(2001, 1, 31),
        LocalDate.of(2001, 1, 18), sent, sent.plus(Duration.ofDays(10)),
        "SENT:lbh", "ACCEPTED:lbh", "SERVICE_REPORTED:lbh", "VERIFIED:lbh");
    // rsud declines, the referral goes to dinsos, which accepts and is still working past the target date.
    f.referral(990_000_102L, 990_000_001L, "dinsos", "ACCEPTED", null, null, LocalDate.of(2001, 2, 1), null,
        sent, null, "SENT:rsud", "DECLINED:rsud", "SENT:dinsos", "ACCEPTED:dinsos");
    // rsud: cancelled before answering.
    f.referral(990_000_103L, 990_000_001L, "rsud", "CANCELLED", null, null, LocalDate.of(2001, 2, 1), null,
        sent, sent.plus(Duration.ofDays(1)), "SENT:rsud", "CANCELLED:rsud");
    // dinsos: not completed, reported after the target date.
    f.referral(990_000_104L, 990_000_005L, "dinsos", "VERIFIED", "NOT_DONE", null, LocalDate.of(2003, 3, 10),
        LocalDate.of(2003, 3, 20), at("2003-05-02T08:00"), at("2003-05-30T08:00"),
        "SENT:dinsos", "ACCEPTED:dinsos", "SERVICE_REPORTED:dinsos", "VERIFIED:dinsos");

    f.visit(990_000_201L, LocalDate.of(2001, 3, 1), V1, 10);
    f.visit(990_000_202L, LocalDate.of(2001, 7, 1), V1, 5);
    f.visit(990_000_203L, LocalDate.of(2001, 8, 1), OTHER_DISTRICT, 7);
    f.visit(990_000_204L, LocalDate.of(2003, 2, 1), V2, 0);
    f.visit(990_000_205L, LocalDate.of(2005, 1, 1), V2, 99); // outside the period
    // Written around the application: the referral report's tally is recomputed as an operator would.
    f.rebuildTallies(fixtures.as("admin"));
  }

  static Instant at(String localWib) {
    return java.time.LocalDateTime.parse(localWib).atZone(WIB).toInstant();
  }

  @Test
  void caseResponsesCountEveryCategoryAndYearByReceiptInWib() {
    JsonNode report = get("case-responses", PERIOD);

    assertThat(report.path("years")).extracting(JsonNode::asInt).containsExactly(2001, 2002, 2003, 2004);
    List<String> order = new ArrayList<>();
    report.path("rows").forEach(r -> order.add(r.path("category").asText()));
    assertThat(order).containsExactly("ABH", "ADOPSI", "DISPENSASI_NIKAH", "KEKERASAN_FISIK", "KEKERASAN_PSIKIS",
        "KEKERASAN_SEKSUAL", "KEPENDUDUKAN", "KESEHATAN", "KESEJAHTERAAN_SOSIAL", "NARKOTIKA", "PEKERJA_ANAK",
        "PENDIDIKAN", "PENELANTARAN", "PENGASUHAN", "TRAFIKING");
    assertThat(counts(report, "ABH")).containsExactly(2L, 0L, 0L, 1L);
    assertThat(row(report, "ABH").path("label").asText()).isEqualTo("Anak Berhadapan dengan Hukum");
    assertThat(counts(report, "ADOPSI")).containsExactly(0L, 0L, 0L, 0L);
    assertThat(counts(report, "KEKERASAN_SEKSUAL")).containsExactly(1L, 0L, 0L, 0L);
    assertThat(counts(report, "KESEHATAN")).containsExactly(1L, 0L, 0L, 0L);
    assertThat(counts(report, "PENELANTARAN")).containsExactly(0L, 0L, 1L, 0L);
    assertThat(values(report.path("totals"))).containsExactly(4L, 0L, 1L, 1L);
    assertThat(report.path("total").asLong()).isEqualTo(6);
    assertThat(report.has("regencies")).isFalse();

    JsonNode district = get("case-responses", PERIOD + "&districtCode=350501");
    assertThat(values(district.path("totals"))).containsExactly(3L, 0L, 1L, 1L);
    JsonNode oneYear = get("case-responses", "fromYear=2003&toYear=2003&regencyCode=3505");
    assertThat(values(oneYear.path("totals"))).containsExactly(1L);
  }

  @Test
  void outreachCountsDistinctVillagesAndDistrictsPerYear() {
    JsonNode report = get("outreach", PERIOD);

    JsonNode rows = report.path("rows");
    assertThat(rows).hasSize(4);
    assertVisits(rows.get(0), 2001, 2, 2, 22);
    assertVisits(rows.get(1), 2002, 0, 0, 0);
    assertVisits(rows.get(2), 2003, 1, 1, 0);
    assertVisits(rows.get(3), 2004, 0, 0, 0);
    JsonNode totals = report.path("totals");
    assertThat(totals.path("villages").asLong()).isEqualTo(3);
    assertThat(totals.path("districts").asLong()).isEqualTo(2);
    assertThat(totals.path("children").asLong()).isEqualTo(22);

    JsonNode district = get("outreach", PERIOD + "&districtCode=350502");
    assertVisits(district.path("rows").get(0), 2001, 1, 1, 7);
  }

  @Test
  void referralOutcomesPerAgencyAddUpToWhatWasSent() {
    JsonNode report = get("referrals", PERIOD);

    JsonNode lbh = agency(report, "lbh");
    assertReferrals(lbh, 1, 1, 0, 1, 0, 0, 0, 0);
    assertThat(lbh.path("agencyName").asText()).isEqualTo("Lembaga Bantuan Hukum");
    assertThat(lbh.path("medianDaysToCompletion").asDouble()).isEqualTo(10.0);
    assertReferrals(agency(report, "rsud"), 2, 0, 1, 0, 0, 1, 0, 0);
    assertThat(agency(report, "rsud").path("medianDaysToCompletion").isNull()).isTrue();
    assertReferrals(agency(report, "dinsos"), 2, 2, 0, 0, 1, 0, 1, 2);
    assertThat(report.path("rows")).hasSize(3);
    JsonNode totals = report.path("totals");
    assertReferrals(totals, 5, 3, 1, 1, 1, 1, 1, 2);
    assertThat(totals.path("medianDaysToCompletion").asDouble()).isEqualTo(10.0);
    for (JsonNode row : report.path("rows")) {
      assertThat(row.path("sent").asLong()).as(row.toString()).isEqualTo(row.path("declined").asLong()
          + row.path("completed").asLong() + row.path("notCompleted").asLong() + row.path("cancelled").asLong()
          + row.path("inProgress").asLong());
    }
  }

  @Test
  void aDistrictReportFromTheReferralPartsAgreesWithTheRegencySums() {
    // Every fixture referral belongs to a case of district 350501: the district's report, summed from the parts of
    // its referrals, and the regency's, read from the sums per regency and year, must agree to the last number.
    JsonNode regency = get("referrals", PERIOD);
    JsonNode district = get("referrals", PERIOD + "&districtCode=350501");
    assertThat(district.path("rows")).isEqualTo(regency.path("rows"));
    assertThat(district.path("totals")).isEqualTo(regency.path("totals"));
    assertThat(get("referrals", PERIOD + "&districtCode=350502").path("rows")).isEmpty();
  }

  @Test
  void aReferralSentThroughTheCasePathwayCountsAtOnce() {
    String thisYear = "fromYear=" + Year.now(WIB).getValue() + "&toYear=" + Year.now(WIB).getValue();
    // Other test classes may have sent referrals to dukcapil this year already (or none yet).
    JsonNode before = agencyOrNone(get("referrals", thisYear, "pengawas"), "dukcapil");

    Registered registered = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos1");
    fixtures.referring(registered, "pengawas", "peksos1");

    JsonNode report = get("referrals", thisYear, "pengawas");
    JsonNode after = agency(report, "dukcapil");
    assertThat(after.path("sent").asLong()).isEqualTo(before.path("sent").asLong() + 1);
    assertThat(after.path("inProgress").asLong()).isEqualTo(before.path("inProgress").asLong() + 1);
    assertThat(after.path("completed").asLong()).isEqualTo(before.path("completed").asLong());
    // What the changes added up to is what a recount from the referral tables gives.
    new ReportFixtures(jdbc, "UJI-LAPORAN-A-").rebuildTallies(fixtures.as("admin"));
    assertThat(get("referrals", thisYear, "pengawas")).isEqualTo(report);
  }

  @Test
  void timelinessMediansAndPercentiles() {
    JsonNode report = get("timeliness", PERIOD);

    JsonNode triage = measure(report, "TRIAGE");
    assertThat(triage.path("cases").asLong()).isEqualTo(3); // 0.25, 0.5 and 1 day
    assertThat(triage.path("medianDays").asDouble()).isEqualTo(0.5);
    assertThat(triage.path("p90Days").asDouble()).isEqualTo(0.9);
    JsonNode referral = measure(report, "FIRST_REFERRAL_COMPLETED");
    assertThat(referral.path("cases").asLong()).isEqualTo(1);
    assertThat(referral.path("medianDays").asDouble()).isEqualTo(15.0);
    JsonNode termination = measure(report, "TERMINATION");
    assertThat(termination.path("cases").asLong()).isEqualTo(2); // the closure at triage is no termination
    assertThat(termination.path("medianDays").asDouble()).isCloseTo((10 + DAYS_2003_CASE) / 2, within(0.051));
    assertThat(termination.path("p90Days").asDouble())
        .isCloseTo(10 + 0.9 * (DAYS_2003_CASE - 10), within(0.051));
    // Fixture cases have no process instances: no tasks, every stage zero, no share.
    JsonNode stages = report.path("stages");
    assertThat(stages.get(0).path("stage").asText()).isEqualTo("TRIAGE");
    stages.forEach(s -> {
      assertThat(s.path("completed").asLong()).isZero();
      assertThat(s.path("onTimeShare").isNull()).isTrue();
    });
  }

  @Test
  void aLiveCaseMovesThisYearsNumbersByOne() {
    int year = Year.now(WIB).getValue();
    String thisYear = "fromYear=" + year + "&toYear=" + year;
    JsonNode casesBefore = get("case-responses", thisYear, "pengawas");
    JsonNode timelinessBefore = get("timeliness", thisYear, "pengawas");

    Registered registered = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    fixtures.accept(registered, "pengawas");

    JsonNode casesAfter = get("case-responses", thisYear, "pengawas");
    JsonNode timelinessAfter = get("timeliness", thisYear, "pengawas");
    String y = String.valueOf(year);
    assertThat(row(casesAfter, "ABH").path("counts").path(y).asLong())
        .isEqualTo(row(casesBefore, "ABH").path("counts").path(y).asLong() + 1);
    assertThat(casesAfter.path("total").asLong()).isEqualTo(casesBefore.path("total").asLong() + 1);
    assertThat(measure(timelinessAfter, "TRIAGE").path("cases").asLong())
        .isEqualTo(measure(timelinessBefore, "TRIAGE").path("cases").asLong() + 1);
    JsonNode triageBefore = stage(timelinessBefore, "TRIAGE");
    JsonNode triageAfter = stage(timelinessAfter, "TRIAGE");
    assertThat(triageAfter.path("completed").asLong()).isEqualTo(triageBefore.path("completed").asLong() + 1);
    assertThat(triageAfter.path("onTime").asLong()).isEqualTo(triageBefore.path("onTime").asLong() + 1);
    assertThat(triageAfter.path("onTimeShare").isNumber()).isTrue();
    assertThat(stage(timelinessAfter, "ASSIGNMENT").path("open").asLong())
        .isEqualTo(stage(timelinessBefore, "ASSIGNMENT").path("open").asLong() + 1);
    assertThat(casesAfter.toString()).doesNotContain(CaseFixtures.CHILD_NAME);
  }

  @Test
  void theCaseListAgreesWithTheReport() {
    int year = Year.now(WIB).getValue();
    fixtures.register("petugas2", CaseFixtures.TRENGGALEK_VILLAGE);
    // Every case of the supervisor's scope was received between 1990 and now: the report over those years
    // counts exactly the cases the case list shows.
    JsonNode report = get("case-responses", "fromYear=" + Math.max(1990, year - 49) + "&toYear=" + year, "pengawas2");
    HttpResponse<String> list = fixtures.as("pengawas2").get("/api/cases?size=1");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(report.path("total").asLong()).isPositive().isEqualTo(json(list).path("total").asLong());
  }

  /**
   * The timeliness tally (ADR 0034) against the raw rows: 60 generated cases of Blitar (3505) received 1991–1993,
   * which no other test uses, read for the regency (sums), one district (parts) and the province grouped by regency.
   * Then triage, a referral verified as done, a closure, a reopening and a transfer to Trenggalek (3503), each with
   * the event its feature publishes: the report follows, and a rebuild gives exactly the incremental sums.
   */
  @Test
  void timelinessTallyEqualsTheRawRowsThroughChangesAndRebuild() {
    ReportFixtures f = new ReportFixtures(jdbc, "UJI-LAPORAN-W-");
    f.clear();
    java.util.Random random = new java.util.Random(34);
    String[] villages = {V1, V2, OTHER_DISTRICT};
    String[] reasons = {"GOALS_MET", "NOT_A_CASE", "DUPLICATE", null, "MOVED_AWAY"};
    long first = 990_100_001L;
    for (int i = 0; i < 60; i++) {
      long id = first + i;
      Instant received = at("1991-01-01T00:00").plusSeconds(random.nextInt(3 * 365 * 86_400));
      Instant triaged = i % 7 == 0 ? null : received.plusSeconds(random.nextInt(6 * 86_400));
      boolean closed = i % 3 != 0;
      Instant closedAt = closed ? received.plusSeconds(random.nextInt(300 * 86_400)) : null;
      f.kase(id, villages[i % 3], "ABH", received, i % 2 == 0, triaged, closedAt,
          closed ? reasons[i % reasons.length] : null);
      for (int k = 0; k < i % 4; k++) {
        Instant sent = received.plusSeconds(random.nextInt(10 * 86_400));
        boolean done = (i + k) % 3 != 0;
        f.referral(id * 10 + k, id, "lbh", done || k == 2 ? "VERIFIED" : "ACCEPTED",
            done ? "DONE" : k == 2 ? "NOT_DONE" : null, null, LocalDate.of(1994, 1, 1), null, sent,
            done || k == 2 ? sent.plusSeconds(random.nextInt(60 * 86_400)) : null, "SENT:lbh", "ACCEPTED:lbh");
      }
    }
    f.rebuildTallies(fixtures.as("admin"));
    assertTimelinessEqualsRawRows();

    // Case 21 (i % 7 == 0, i % 3 == 0): open, not triaged yet.
    jdbc.update("UPDATE child_case SET triaged_at = received_at + INTERVAL '3' HOUR WHERE id = ?", first + 21);
    events(() -> events.publishEvent(id.terpadu.casefile.CaseDatesChanged.of(first + 21)));
    assertTimelinessEqualsRawRows();
    // A referral verified as done before the others: the first completion moves.
    jdbc.update("UPDATE referral SET status = 'VERIFIED', outcome = 'DONE', completed_at ="
        + " (SELECT c.received_at FROM child_case c WHERE c.id = ?) + INTERVAL '1' HOUR WHERE id = ?",
        first + 3, (first + 3) * 10);
    events(() -> events.publishEvent(new id.terpadu.referral.ReferralStatusChanged((first + 3) * 10, first + 3,
        "lbh", id.terpadu.referral.ReferralStatus.VERIFIED, LocalDate.of(1994, 1, 1))));
    assertTimelinessEqualsRawRows();
    // An open case closed (case 3), a terminated one reopened (case 10), both in one transaction.
    events(() -> {
      jdbc.update("UPDATE child_case SET status = 'CLOSED', closed_at = received_at + INTERVAL '40' DAY,"
          + " closure_reason = 'GOALS_MET' WHERE id = ?", first + 3);
      events.publishEvent(new id.terpadu.casefile.CaseClosed(first + 3));
      jdbc.update("UPDATE child_case SET status = 'OPEN', closed_at = NULL, closure_reason = NULL WHERE id = ?",
          first + 10);
      events.publishEvent(id.terpadu.casefile.CaseDatesChanged.of(first + 10));
    });
    assertTimelinessEqualsRawRows();
    // Transferred to Trenggalek: out of Blitar's numbers, into Trenggalek's.
    for (long moved : List.of(first + 4, first + 5)) {
      events(() -> {
        jdbc.update("UPDATE child_case SET regency_code = '3503', district_code = ?, village_code = ? WHERE id = ?",
            CaseFixtures.TRENGGALEK_VILLAGE.substring(0, 6), CaseFixtures.TRENGGALEK_VILLAGE, moved);
        events.publishEvent(new id.terpadu.transfer.CaseTransferred(moved, null, "3505", "3503", null));
      });
    }
    assertTimelinessEqualsRawRows();
    assertThat(get("timeliness", "fromYear=1991&toYear=1993&regencyCode=3503").path("durations").get(0)
        .path("cases").asLong()).isPositive();

    List<java.util.Map<String, Object>> incremental = timelinessSums();
    f.rebuildTallies(fixtures.as("admin"));
    assertThat(timelinessSums()).isEqualTo(incremental);
    assertTimelinessEqualsRawRows();
  }

  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

  /**
   * The task stages (ADR 0036) against the engine's history, read straight from ACT_HI_TASKINST as the report did
   * before its tally: complaints of Tulungagung (3504) this year, triaged on time, moved past their due date and
   * left open, moved past it and then triaged (late), cancelled with their process (counted nowhere), and one case
   * moved to Trenggalek (3503). Read for the regency (sums and open parts), the village's district (parts) and the
   * province per regency; then a rebuild gives exactly the incremental sums.
   */
  @Test
  void taskStagesEqualTheEngineHistoryThroughChangesAndRebuild() {
    new ReportFixtures(jdbc, "UJI-LAPORAN-A-").rebuildTallies(fixtures.as("admin"));
    int year = Year.now(WIB).getValue();
    assertStagesEqualHistory(year);

    Registered onTime = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    fixtures.accept(onTime, "pengawas");
    Registered overdue = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    moveDueDateToYesterday(overdue);
    Registered late = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    moveDueDateToYesterday(late);
    fixtures.accept(late, "pengawas");
    Registered cancelled = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    runtimeService.deleteProcessInstance(cancelled.processInstanceId(), "uji: dibatalkan");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_stage_part WHERE case_id = ?", Long.class,
        cancelled.caseId())).isZero();
    assertThat(jdbc.queryForList("SELECT status FROM task_stage_part WHERE case_id = ? AND task_key = ?",
        String.class, late.caseId(), "Task_TriageComplaint")).containsExactly("LATE");
    assertStagesEqualHistory(year);

    // The case moves to Trenggalek, with the event the transfer publishes.
    jdbc.update("UPDATE child_case SET regency_code = '3503', district_code = '350301', village_code = ?"
        + " WHERE id = ?", CaseFixtures.TRENGGALEK_VILLAGE, onTime.caseId());
    events(() -> events.publishEvent(new id.terpadu.transfer.CaseTransferred(onTime.caseId(), null, "3504", "3503",
        null)));
    assertStagesEqualHistory(year);

    List<java.util.Map<String, Object>> incremental = jdbc.queryForList("SELECT * FROM task_stage_sums"
        + " ORDER BY regency_code, receipt_year, task_key");
    new ReportFixtures(jdbc, "UJI-LAPORAN-A-").rebuildTallies(fixtures.as("admin"));
    assertThat(jdbc.queryForList("SELECT * FROM task_stage_sums ORDER BY regency_code, receipt_year, task_key"))
        .isEqualTo(incremental);
    assertStagesEqualHistory(year);
  }

  @Autowired ReferralTally referralTally;
  @Autowired TimelinessTally timelinessTally;
  @Autowired TaskStageTally taskStageTally;

  /**
   * The first start after an upgrade: a tally whose marker a migration left is built in the background and its marker
   * goes; without a marker a start builds nothing, even when the tally has no rows (which the start used to read as
   * "never built").
   */
  @Test
  void aTallyMarkedForBuildingIsBuiltInTheBackgroundAndOnlyThen() throws Exception {
    fixtures.accept(fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE), "pengawas");
    record Tally(String marker, String parts, Runnable start) {}
    for (Tally tally : List.of(new Tally("referrals", "referral_tally_part", referralTally::fillWhenMissing),
        new Tally("timeliness", "timeliness_tally_part", timelinessTally::fillWhenMissing),
        new Tally("task-stages", "task_stage_part", taskStageTally::fillWhenMissing))) {
      awaitBuilt(tally.marker()); // the build of this context's own start
      String count = "SELECT COUNT(*) FROM " + tally.parts();
      long complete = jdbc.queryForObject(count, Long.class);
      assertThat(complete).as(tally.parts()).isPositive();
      // Rows lost (a restore of some tables, say), no marker: a start leaves them alone.
      jdbc.update("DELETE FROM " + tally.parts());
      tally.start().run();
      Thread.sleep(500);
      assertThat(jdbc.queryForObject(count, Long.class)).as(tally.parts()).isZero();
      // The marker: the start builds it whole.
      jdbc.update("INSERT INTO report_tally_build (tally) VALUES (?)", tally.marker());
      tally.start().run();
      awaitBuilt(tally.marker());
      assertThat(jdbc.queryForObject(count, Long.class)).as(tally.parts()).isEqualTo(complete);
    }
  }

  private void awaitBuilt(String marker) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (jdbc.queryForObject("SELECT COUNT(*) FROM report_tally_build WHERE tally = ?", Long.class, marker) > 0) {
      assertThat(System.nanoTime()).as("the " + marker + " tally built within a minute").isLessThan(until);
      Thread.sleep(100);
    }
  }

  private void moveDueDateToYesterday(Registered registered) {
    org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery()
        .processInstanceId(registered.processInstanceId()).taskDefinitionKey("Task_TriageComplaint").singleResult();
    taskService.setDueDate(task.getId(), java.util.Date.from(Instant.now().minus(Duration.ofDays(1))));
  }

  private void assertStagesEqualHistory(int year) {
    String years = "fromYear=" + year + "&toYear=" + year;
    String district = CaseFixtures.TULUNGAGUNG_VILLAGE.substring(0, 6);
    assertStages(get("timeliness", years + "&regencyCode=3504"), "3504", year);
    assertStages(get("timeliness", years + "&regencyCode=3504&districtCode=" + district), district, year);
    assertStages(get("timeliness", years + "&regencyCode=3503"), "3503", year);
    JsonNode province = get("timeliness", years + "&groupBy=regency", "provinsi");
    for (JsonNode regency : province.path("regencies")) {
      if (List.of("3503", "3504").contains(regency.path("regencyCode").asText())) {
        assertStages(regency, regency.path("regencyCode").asText(), year);
      }
    }
  }

  /** Per stage: completed, on time, open, open past the due date, counted from the engine's history. */
  private void assertStages(JsonNode report, String region, int year) {
    java.util.Map<String, long[]> expected = new java.util.HashMap<>();
    java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
    jdbc.query("SELECT c.received_at, t.TASK_DEF_KEY_, t.DUE_DATE_, t.END_TIME_, t.DELETE_REASON_ FROM child_case c"
        + " JOIN ACT_HI_PROCINST p ON p.BUSINESS_KEY_ = c.case_number"
        + " JOIN ACT_HI_TASKINST t ON t.PROC_INST_ID_ = p.PROC_INST_ID_"
        + " WHERE (c.regency_code = ? OR c.district_code = ?) AND t.DUE_DATE_ IS NOT NULL", rs -> {
          if (rs.getTimestamp("received_at").toInstant().atZone(WIB).getYear() != year) {
            return;
          }
          long[] n = expected.computeIfAbsent(Reports.STAGE_OF_TASK.getOrDefault(rs.getString(2), rs.getString(2)),
              k -> new long[4]);
          java.sql.Timestamp due = rs.getTimestamp(3);
          java.sql.Timestamp end = rs.getTimestamp(4);
          if (end == null) {
            n[2]++;
            n[3] += due.before(now) ? 1 : 0;
          } else if ("completed".equals(rs.getString(5))) {
            n[0]++;
            n[1] += end.after(due) ? 0 : 1;
          }
        }, region, region);
    for (JsonNode row : report.path("stages")) {
      long[] n = expected.getOrDefault(row.path("stage").asText(), new long[4]);
      assertThat(List.of(row.path("completed").asLong(), row.path("onTime").asLong(), row.path("open").asLong(),
          row.path("openOverdue").asLong())).as(region + " " + row).containsExactly(n[0], n[1], n[2], n[3]);
    }
    assertThat(expected.keySet()).as("stages of " + region).allSatisfy(stage -> assertThat(stage(report, stage))
        .isNotNull());
  }

  @Autowired org.springframework.context.ApplicationEventPublisher events;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  private void events(Runnable work) {
    new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(s -> work.run());
  }

  private List<java.util.Map<String, Object>> timelinessSums() {
    return jdbc.queryForList("SELECT regency_code, receipt_year, measure, tenths, cases FROM timeliness_tally_sums"
        + " WHERE regency_code IN ('3503', '3505') AND receipt_year BETWEEN 1991 AND 1993"
        + " ORDER BY regency_code, receipt_year, measure, tenths");
  }

  /** The report for Blitar, one of its districts, Trenggalek and the province per regency, against the rows. */
  private void assertTimelinessEqualsRawRows() {
    String years = "fromYear=1991&toYear=1993";
    assertDurations(get("timeliness", years + "&regencyCode=3505"), "3505");
    assertDurations(get("timeliness", years + "&regencyCode=3505&districtCode=350501"), "350501");
    assertDurations(get("timeliness", years + "&regencyCode=3503"), "3503");
    JsonNode province = get("timeliness", years + "&groupBy=regency", "provinsi");
    for (JsonNode regency : province.path("regencies")) {
      if (List.of("3503", "3505").contains(regency.path("regencyCode").asText())) {
        assertDurations(regency, regency.path("regencyCode").asText());
      }
    }
  }

  /**
   * Brute force from the rows: each case's durations in whole tenths of a day (floor), sorted, the percentile with
   * linear interpolation between neighbours, rounded half up to a tenth.
   */
  private void assertDurations(JsonNode report, String region) {
    List<List<Long>> tenths = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    jdbc.query("SELECT c.received_at, c.triaged_at, c.status, c.closed_at, c.closure_reason,"
        + " (SELECT MIN(r.completed_at) FROM referral r WHERE r.case_id = c.id AND r.status = 'VERIFIED'"
        + " AND r.outcome = 'DONE') AS first_done FROM child_case c WHERE (c.regency_code = ? OR c.district_code = ?)",
        rs -> {
          Instant received = rs.getTimestamp("received_at").toInstant();
          int year = received.atZone(WIB).getYear();
          if (year < 1991 || year > 1993) {
            return;
          }
          addTenths(tenths.get(0), received, rs.getTimestamp("triaged_at"));
          addTenths(tenths.get(1), received, rs.getTimestamp("first_done"));
          String reason = rs.getString("closure_reason");
          if ("CLOSED".equals(rs.getString("status")) && !"NOT_A_CASE".equals(reason) && !"DUPLICATE".equals(reason)) {
            addTenths(tenths.get(2), received, rs.getTimestamp("closed_at"));
          }
        }, region, region);
    String[] measures = {"TRIAGE", "FIRST_REFERRAL_COMPLETED", "TERMINATION"};
    for (int m = 0; m < 3; m++) {
      List<Long> values = tenths.get(m);
      values.sort(null);
      JsonNode row = measure(report, measures[m]);
      String what = region + " " + measures[m] + " " + values;
      assertThat(row.path("cases").asLong()).as(what).isEqualTo(values.size());
      assertThat(row.path("medianDays").isNull() ? null : row.path("medianDays").asDouble()).as(what)
          .isEqualTo(percentile(values, 0.5));
      assertThat(row.path("p90Days").isNull() ? null : row.path("p90Days").asDouble()).as(what)
          .isEqualTo(percentile(values, 0.9));
    }
  }

  private static void addTenths(List<Long> values, Instant from, java.sql.Timestamp to) {
    if (to != null) {
      values.add((long) Math.floor((to.toInstant().toEpochMilli() - from.toEpochMilli()) / 8_640_000.0));
    }
  }

  private static Double percentile(List<Long> sorted, double fraction) {
    if (sorted.isEmpty()) {
      return null;
    }
    double position = fraction * (sorted.size() - 1);
    int lower = (int) position;
    long low = sorted.get(lower);
    long high = sorted.get(Math.min(lower + 1, sorted.size() - 1));
    return Math.round(low + (position - lower) * (high - low)) / 10.0;
  }

  // ---- helpers --------------------------------------------------------------------------------------------

  private JsonNode get(String report, String query) {
    return get(report, query, "admin");
  }

  private JsonNode get(String report, String query, String user) {
    HttpResponse<String> response = fixtures.as(user).get("/api/reports/" + report + "?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  static JsonNode row(JsonNode report, String category) {
    for (JsonNode row : report.path("rows")) {
      if (row.path("category").asText().equals(category)) {
        return row;
      }
    }
    throw new AssertionError("No row " + category + " in " + report);
  }

  static List<Long> counts(JsonNode report, String category) {
    return values(row(report, category).path("counts"));
  }

  static List<Long> values(JsonNode object) {
    List<Long> values = new ArrayList<>();
    object.forEach(v -> values.add(v.asLong()));
    return values;
  }

  static JsonNode agencyOrNone(JsonNode report, String code) {
    for (JsonNode row : report.path("rows")) {
      if (row.path("agencyCode").asText().equals(code)) {
        return row;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  static JsonNode agency(JsonNode report, String code) {
    for (JsonNode row : report.path("rows")) {
      if (row.path("agencyCode").asText().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("No agency " + code + " in " + report);
  }

  static JsonNode measure(JsonNode report, String measure) {
    for (JsonNode row : report.path("durations")) {
      if (row.path("measure").asText().equals(measure)) {
        return row;
      }
    }
    throw new AssertionError("No measure " + measure);
  }

  static JsonNode stage(JsonNode report, String stage) {
    for (JsonNode row : report.path("stages")) {
      if (row.path("stage").asText().equals(stage)) {
        return row;
      }
    }
    throw new AssertionError("No stage " + stage);
  }

  private static void assertVisits(JsonNode row, int year, long villages, long districts, long children) {
    assertThat(row.path("year").asInt()).isEqualTo(year);
    assertThat(row.path("villages").asLong()).as("villages " + year).isEqualTo(villages);
    assertThat(row.path("districts").asLong()).as("districts " + year).isEqualTo(districts);
    assertThat(row.path("children").asLong()).as("children " + year).isEqualTo(children);
  }

  private static void assertReferrals(JsonNode row, long sent, long accepted, long declined, long completed,
      long notCompleted, long cancelled, long inProgress, long overdue) {
    assertThat(List.of(row.path("sent").asLong(), row.path("accepted").asLong(), row.path("declined").asLong(),
        row.path("completed").asLong(), row.path("notCompleted").asLong(), row.path("cancelled").asLong(),
        row.path("inProgress").asLong(), row.path("overdue").asLong()))
        .as(row.toString())
        .containsExactly(sent, accepted, declined, completed, notCompleted, cancelled, inProgress, overdue);
  }
}
