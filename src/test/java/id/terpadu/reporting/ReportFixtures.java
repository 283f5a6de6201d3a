package id.terpadu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Report fixtures written straight into the tables (cases, referrals with their status history, outreach
 * visits), as the historical import or the process would leave them. Every row carries a test-class prefix
 * (case number, source id) and ids from a range of its own, so that a class removes its rows before writing
 * them again: PostgreSQL integration tests share one database across test classes and runs.
 */
final class ReportFixtures {

  private final JdbcTemplate jdbc;
  private final String prefix;

  ReportFixtures(JdbcTemplate jdbc, String prefix) {
    this.jdbc = jdbc;
    this.prefix = prefix;
  }

  /**
   * Recomputes the report tallies through the administrators' API, as an operator does after writing data
   * around the application (these fixtures are).
   */
  void rebuildTallies(ApiClient admin) {
    HttpResponse<String> response = admin.postJson("/api/admin/report-tallies/rebuild", "");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(ApiClient.json(response).path("referrals").asInt()).isPositive();
  }

  /** Removes the rows an earlier run of the same class left. */
  void clear() {
    jdbc.update("DELETE FROM referral_status_change WHERE referral_id IN (SELECT r.id FROM referral r"
        + " JOIN child_case c ON c.id = r.case_id WHERE c.case_number LIKE ?)", prefix + "%");
    jdbc.update("DELETE FROM referral WHERE case_id IN (SELECT id FROM child_case WHERE case_number LIKE ?)",
        prefix + "%");
    jdbc.update("DELETE FROM case_category WHERE case_id IN (SELECT id FROM child_case WHERE case_number LIKE ?)",
        prefix + "%");
    jdbc.update("DELETE FROM child_case WHERE case_number LIKE ?", prefix + "%");
    jdbc.update("DELETE FROM outreach_visit WHERE source_id LIKE ?", prefix + "%");
  }

  /** A case of a village (district and regency follow), open unless {@code closedAt} is given. */
  void kase(long id, String village, String category, Instant receivedAt, boolean historical, Instant triagedAt,
      Instant closedAt, String closureReason) {
    jdbc.update("INSERT INTO child_case (id, case_number, regency_code, district_code, village_code, status, stage,"
            + " primary_category, channel, received_at, description, reporter_anonymous, triaged_at, closed_at,"
            + " closure_reason, historical, created_by, version, conference_agenda)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'WALK_IN', ?, 'Uraian uji laporan.', TRUE, ?, ?, ?, ?, 'uji', 0, FALSE)",
        id, prefix + id, village.substring(0, 4), village.substring(0, 6), village,
        closedAt == null ? "OPEN" : "CLOSED", closedAt == null ? "MONITORING" : null, category, ts(receivedAt),
        ts(triagedAt), ts(closedAt), closureReason, historical);
    jdbc.update("INSERT INTO case_category (case_id, category_code) VALUES (?, ?)", id, category);
  }

  /**
   * A referral of a case with its final state and its status history ({@code "SENT:rsud", "DECLINED:rsud",
   * ...}), one day apart from {@code createdAt}.
   */
  void referral(long id, long caseId, String agency, String status, String outcome, String declineReason,
      LocalDate target, LocalDate serviceDate, Instant createdAt, Instant completedAt, String... history) {
    jdbc.update("INSERT INTO referral (id, case_id, service_type, agency_code, regency_code, target_date, status,"
            + " decline_reason, outcome, service_date, created_at, completed_at, version)"
            + " SELECT ?, c.id, 'LEGAL_AID', ?, c.regency_code, ?, ?, ?, ?, ?, ?, ?, 0 FROM child_case c WHERE c.id = ?",
        id, agency, target, status, declineReason, outcome, serviceDate, ts(createdAt), ts(completedAt), caseId);
    for (int i = 0; i < history.length; i++) {
      String[] step = history[i].split(":");
      jdbc.update("INSERT INTO referral_status_change (referral_id, position, status, agency_code, changed_at,"
          + " changed_by) VALUES (?, ?, ?, ?, ?, 'uji')", id, i, step[0], step[1],
          ts(createdAt.plusSeconds(86_400L * i)));
    }
  }

  void visit(long id, LocalDate date, String village, int children) {
    jdbc.update("INSERT INTO outreach_visit (id, visit_date, regency_code, district_code, village_code,"
            + " children_reached, activity, source_id, historical, created_by, created_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, 'Sosialisasi pencegahan kekerasan', ?, TRUE, 'uji', ?, 0)",
        id, date, village.substring(0, 4), village.substring(0, 6), village, children, prefix + id,
        ts(Instant.now()));
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
