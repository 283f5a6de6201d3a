package id.terpadu.reporting;

import id.terpadu.casefile.CaseClosed;
import id.terpadu.casefile.CaseDatesChanged;
import id.terpadu.referral.ReferralStatusChanged;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.reporting.TimelinessParts.Part;
import id.terpadu.reporting.TimelinessParts.Source;
import id.terpadu.transfer.CaseTransferred;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the timeliness report's tally (V52, ADR 0034) in step with the cases: each case's three durations are
 * stored as one {@link Part} row; when a case is triaged, closed, reopened, imported or moved to another regency,
 * or one of its referrals changes status, its part is recomputed and the difference between the new and the old
 * part is added to the histogram per regency, year, measure and tenth of a day, just before the transaction
 * commits. The work is that of one case, however large the province. Locking and ordering as the referral tally
 * ({@link TallySupport}).
 */
@Component
public class TimelinessTally {

  private static final Logger LOG = LoggerFactory.getLogger(TimelinessTally.class);
  /** Its row in report_tally_build while it waits for its first build. */
  private static final String MARKER = "timeliness";
  /** What a rebuild rewrites. */
  private static final String[] TABLES = {"timeliness_tally_part", "timeliness_tally_sums"};
  private static final int CHUNK = 5_000;
  private static final List<String> KEYS = List.of("regency_code", "receipt_year", "measure", "tenths");
  private static final String SOURCE = "SELECT c.id, c.regency_code, c.district_code, c.village_code,"
      + " c.received_at, c.triaged_at, c.status, c.closed_at, c.closure_reason,"
      + " (SELECT MIN(r.completed_at) FROM referral r WHERE r.case_id = c.id AND r.status = 'VERIFIED'"
      + " AND r.outcome = 'DONE') AS first_done FROM child_case c";

  private final TallySupport support;
  private final JdbcTemplate jdbc;

  TimelinessTally(TallySupport support) {
    this.support = support;
    this.jdbc = support.jdbc();
  }

  @EventListener
  public void on(ReferralStatusChanged event) {
    touch(List.of(event.caseId()));
  }

  @EventListener
  public void on(CaseClosed event) {
    touch(List.of(event.caseId()));
  }

  @EventListener
  public void on(CaseTransferred event) {
    touch(List.of(event.caseId()));
  }

  @EventListener
  public void on(CaseDatesChanged event) {
    touch(event.caseIds());
  }

  /**
   * Builds the tally when there are cases but no parts yet (the first start after the upgrade), in the background
   * (province and regency timeliness reports count no cases until it is done).
   */
  @EventListener(ApplicationReadyEvent.class)
  public void fillWhenMissing() {
    support.buildWhenMissing("Timeliness tally", MARKER, LOG, this::rebuildLocked, TABLES);
  }

  /**
   * Recomputes every part and sum from the case and referral tables, in one transaction that holds the lock.
   *
   * @return the number of cases read
   */
  public int rebuildAll() {
    return support.rebuild(MARKER, this::rebuildLocked, TABLES);
  }

  void touch(List<Long> caseIds) {
    support.touch(this, caseIds, this::recount);
  }

  private int rebuildLocked() {
    jdbc.update("DELETE FROM timeliness_tally_part");
    jdbc.update("DELETE FROM timeliness_tally_sums");
    int count = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<Source> chunk = sources(" WHERE c.id > ? ORDER BY c.id FETCH FIRST " + CHUNK + " ROWS ONLY", after);
      if (chunk.isEmpty()) {
        break;
      }
      insertParts(chunk.stream().map(TimelinessParts::of).filter(p -> !p.isEmpty()).toList());
      count += chunk.size();
      after = chunk.get(chunk.size() - 1).caseId();
    }
    for (String[] measure : new String[][] {{TimelinessParts.TRIAGE, "triage_tenths"},
        {TimelinessParts.REFERRAL, "referral_tenths"}, {TimelinessParts.TERMINATION, "termination_tenths"}}) {
      jdbc.update("INSERT INTO timeliness_tally_sums (regency_code, receipt_year, measure, tenths, cases)"
          + " SELECT regency_code, receipt_year, ?, " + measure[1] + ", COUNT(*) FROM timeliness_tally_part"
          + " WHERE " + measure[1] + " IS NOT NULL GROUP BY regency_code, receipt_year, " + measure[1], measure[0]);
    }
    return count;
  }

  /** Replaces the parts of the cases (in id order) and adds the difference to the sums (in key order). */
  private void recount(Set<Long> caseIds) {
    support.flushEntities();
    support.lock(false);
    TallySupport.Deltas deltas = support.deltas("timeliness_tally_sums", KEYS, "cases");
    for (long id : caseIds) {
      jdbc.query("SELECT * FROM timeliness_tally_part WHERE case_id = ?", rs -> {
        add(deltas, part(rs), -1);
      }, id);
      jdbc.update("DELETE FROM timeliness_tally_part WHERE case_id = ?", id);
      List<Part> parts = sources(" WHERE c.id = ?", id).stream().map(TimelinessParts::of)
          .filter(p -> !p.isEmpty()).toList();
      parts.forEach(p -> add(deltas, p, 1));
      insertParts(parts);
    }
    deltas.apply();
  }

  private static void add(TallySupport.Deltas deltas, Part p, int sign) {
    add(deltas, p, TimelinessParts.TRIAGE, p.triage(), sign);
    add(deltas, p, TimelinessParts.REFERRAL, p.referral(), sign);
    add(deltas, p, TimelinessParts.TERMINATION, p.termination(), sign);
  }

  private static void add(TallySupport.Deltas deltas, Part p, String measure, Integer tenths, int sign) {
    if (tenths != null) {
      deltas.add(List.of(p.regency(), p.receiptYear(), measure, tenths), sign, 1);
    }
  }

  private List<Source> sources(String where, long id) {
    return jdbc.query(SOURCE + where, (rs, i) -> {
      String regency = rs.getString("regency_code");
      Instant received = instant(rs, "received_at");
      return new Source(rs.getLong("id"), regency, rs.getString("district_code"), rs.getString("village_code"),
          received.atZone(UnitTimeZones.of(regency)).getYear(), received, instant(rs, "triaged_at"),
          rs.getString("status"), instant(rs, "closed_at"), rs.getString("closure_reason"),
          instant(rs, "first_done"));
    }, id);
  }

  private void insertParts(List<Part> parts) {
    if (parts.isEmpty()) {
      return;
    }
    jdbc.batchUpdate("INSERT INTO timeliness_tally_part (case_id, regency_code, district_code, village_code,"
        + " receipt_year, triage_tenths, referral_tenths, termination_tenths) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        parts, 1_000, (ps, p) -> {
          ps.setLong(1, p.caseId());
          ps.setString(2, p.regency());
          ps.setString(3, p.district());
          ps.setString(4, p.village());
          ps.setInt(5, p.receiptYear());
          ps.setObject(6, p.triage(), java.sql.Types.INTEGER);
          ps.setObject(7, p.referral(), java.sql.Types.INTEGER);
          ps.setObject(8, p.termination(), java.sql.Types.INTEGER);
        });
  }

  private static Part part(ResultSet rs) throws SQLException {
    return new Part(rs.getLong("case_id"), rs.getString("regency_code"), rs.getString("district_code"),
        rs.getString("village_code"), rs.getInt("receipt_year"), (Integer) rs.getObject("triage_tenths"),
        (Integer) rs.getObject("referral_tenths"), (Integer) rs.getObject("termination_tenths"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
