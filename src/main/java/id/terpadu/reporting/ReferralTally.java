package id.terpadu.reporting;

import id.terpadu.casefile.CaseClosed;
import id.terpadu.referral.ReferralStatusChanged;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.reporting.ReferralParts.Part;
import id.terpadu.reporting.ReferralParts.Source;
import id.terpadu.reporting.ReferralParts.Step;
import id.terpadu.transfer.CaseTransferred;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the referral report's tally (V51, ADR 0033) in step with the referrals. Each referral's contribution is
 * stored as {@link Part} rows; when a referral changes status, its case closes (which cancels its open referrals)
 * or moves to another regency, its parts are recomputed and the difference between the new and the old parts is
 * added to the sums per regency, year and agency, just before the transaction commits: a report never sees a
 * referral change without its tally or the other way round, and the work is that of one referral however large
 * the province.
 *
 * <p>Concurrent changes add their differences to the same sum rows: each row update waits for the other
 * transaction's lock and adds to the committed value; rows are touched in key order, so two changes cannot
 * deadlock. Two transactions never change one referral at once (its version). Nothing is kept in a node's memory.
 * A rebuild ({@code POST /api/admin/report-tallies/rebuild}: after data was written around the application)
 * takes the tally's lock row exclusively, changes take it shared, so the two never interleave ({@link TallySupport}).
 */
@Component
public class ReferralTally {

  private static final Logger LOG = LoggerFactory.getLogger(ReferralTally.class);
  /** Its row in report_tally_build while it waits for its first build. */
  private static final String MARKER = "referrals";
  /** What a rebuild rewrites. */
  private static final String[] TABLES = {"referral_tally_part", "referral_tally_events", "referral_tally_states",
      "referral_tally_open", "referral_tally_days"};
  private static final int CHUNK = 5_000;
  private static final String[] PART_COLUMNS = {"referral_id", "agency_code", "case_id", "regency_code",
      "district_code", "village_code", "receipt_year", "sent", "accepted", "declined", "completed", "not_completed",
      "cancelled", "in_progress", "overdue_verified", "open_target", "done_days"};
  private static final String SOURCE = "SELECT r.id, r.case_id, r.agency_code, r.status, r.outcome, r.decline_reason,"
      + " r.target_date, r.service_date, r.created_at, r.completed_at, c.regency_code, c.district_code,"
      + " c.village_code, c.received_at FROM referral r JOIN child_case c ON c.id = r.case_id";

  private final TallySupport support;
  private final JdbcTemplate jdbc;

  ReferralTally(TallySupport support) {
    this.support = support;
    this.jdbc = support.jdbc();
  }

  @EventListener
  public void on(ReferralStatusChanged event) {
    touch(List.of(event.referralId()));
  }

  /** Closing a case cancels its open referrals (without a status event of their own). */
  @EventListener
  public void on(CaseClosed event) {
    touch(referralsOfCase(event.caseId()));
  }

  @EventListener
  public void on(CaseTransferred event) {
    touch(referralsOfCase(event.caseId()));
  }

  /**
   * Builds the tally when there are referrals but no parts yet (the first start after the upgrade), in the
   * background: the node serves meanwhile; referral changes wait for the build (it holds the tally's lock), and
   * province and regency reports count no referrals until it is done (minutes per million referrals).
   */
  @EventListener(ApplicationReadyEvent.class)
  public void fillWhenMissing() {
    support.buildWhenMissing("Referral tally", MARKER, LOG, this::rebuildLocked, TABLES);
  }

  /**
   * Recomputes every part and sum from the referral tables, in one transaction that holds the tally's lock.
   *
   * @return the number of referrals counted
   */
  public int rebuildAll() {
    return support.rebuild(MARKER, this::rebuildLocked, TABLES);
  }

  private int rebuildLocked() {
    for (String table : new String[] {"referral_tally_part", "referral_tally_events", "referral_tally_states",
        "referral_tally_open", "referral_tally_days"}) {
      jdbc.update("DELETE FROM " + table);
    }
    int count = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<Source> chunk = sources(" WHERE r.id > ? ORDER BY r.id LIMIT " + CHUNK, after);
      if (chunk.isEmpty()) {
        break;
      }
      List<Part> parts = new ArrayList<>();
      chunk.forEach(source -> parts.addAll(ReferralParts.of(source)));
      insertParts(parts);
      count += chunk.size();
      after = chunk.get(chunk.size() - 1).referralId();
    }
    jdbc.update("INSERT INTO referral_tally_events (regency_code, receipt_year, agency_code, sent, accepted, declined)"
        + " SELECT regency_code, receipt_year, agency_code, SUM(sent), SUM(accepted), SUM(declined)"
        + " FROM referral_tally_part GROUP BY regency_code, receipt_year, agency_code"
        + " HAVING SUM(sent) + SUM(accepted) + SUM(declined) > 0");
    jdbc.update("INSERT INTO referral_tally_states (regency_code, receipt_year, agency_code, completed, not_completed,"
        + " cancelled, in_progress, overdue_verified) SELECT regency_code, receipt_year, agency_code, SUM(completed),"
        + " SUM(not_completed), SUM(cancelled), SUM(in_progress), SUM(overdue_verified) FROM referral_tally_part"
        + " GROUP BY regency_code, receipt_year, agency_code HAVING SUM(completed) + SUM(not_completed)"
        + " + SUM(cancelled) + SUM(in_progress) + SUM(overdue_verified) > 0");
    jdbc.update("INSERT INTO referral_tally_open (regency_code, receipt_year, agency_code, target_date, referrals)"
        + " SELECT regency_code, receipt_year, agency_code, open_target, COUNT(*) FROM referral_tally_part"
        + " WHERE open_target IS NOT NULL GROUP BY regency_code, receipt_year, agency_code, open_target");
    jdbc.update("INSERT INTO referral_tally_days (regency_code, receipt_year, agency_code, days, referrals)"
        + " SELECT regency_code, receipt_year, agency_code, done_days, COUNT(*) FROM referral_tally_part"
        + " WHERE done_days IS NOT NULL GROUP BY regency_code, receipt_year, agency_code, done_days");
    return count;
  }

  /** Marks referrals for recounting before the current transaction commits (at once without a transaction). */
  void touch(List<Long> referralIds) {
    support.touch(this, referralIds, this::recount);
  }

  /** Replaces the parts of the referrals (in id order) and adds the difference to the sums (in key order). */
  private void recount(Set<Long> referralIds) {
    support.flushEntities();
    support.lock(false);
    Deltas deltas = new Deltas();
    for (long id : referralIds) {
      jdbc.query("SELECT * FROM referral_tally_part WHERE referral_id = ?", rs -> {
        deltas.add(part(rs), -1);
      }, id);
      jdbc.update("DELETE FROM referral_tally_part WHERE referral_id = ?", id);
      List<Part> parts = new ArrayList<>();
      sources(" WHERE r.id = ?", id).forEach(source -> parts.addAll(ReferralParts.of(source)));
      parts.forEach(part -> deltas.add(part, 1));
      insertParts(parts);
    }
    deltas.apply();
  }

  private List<Long> referralsOfCase(long caseId) {
    support.flushEntities();
    return jdbc.queryForList("SELECT id FROM referral WHERE case_id = ? ORDER BY id", Long.class, caseId);
  }

  /** Referrals with their case and status history, chosen by a condition on {@code r} with one id parameter. */
  private List<Source> sources(String where, long id) {
    // Each source gets an empty history list, filled in place by the second query (one for all of them).
    Map<Long, List<Step>> history = new HashMap<>();
    List<Source> sources = jdbc.query(SOURCE + where, (rs, i) -> {
      String regency = rs.getString("regency_code");
      List<Step> steps = new ArrayList<>();
      history.put(rs.getLong("id"), steps);
      return new Source(rs.getLong("id"), rs.getLong("case_id"), regency, rs.getString("district_code"),
          rs.getString("village_code"), instant(rs, "received_at").atZone(UnitTimeZones.of(regency)).getYear(),
          rs.getString("agency_code"), rs.getString("status"), rs.getString("outcome"),
          rs.getString("decline_reason"), localDate(rs, "target_date"), localDate(rs, "service_date"),
          instant(rs, "created_at"), instant(rs, "completed_at"), steps);
    }, id);
    if (!sources.isEmpty()) {
      jdbc.query("SELECT referral_id, status, agency_code FROM referral_status_change"
          + " WHERE referral_id >= ? AND referral_id <= ? ORDER BY referral_id, position", rs -> {
            history.get(rs.getLong("referral_id")).add(new Step(rs.getString("status"), rs.getString("agency_code")));
          }, sources.get(0).referralId(), sources.get(sources.size() - 1).referralId());
    }
    return sources;
  }

  private void insertParts(List<Part> parts) {
    if (parts.isEmpty()) {
      return;
    }
    jdbc.batchUpdate("INSERT INTO referral_tally_part (" + String.join(", ", PART_COLUMNS) + ") VALUES ("
        + "?, ".repeat(PART_COLUMNS.length - 1) + "?)", parts, 1_000, (ps, p) -> {
          ps.setLong(1, p.referralId());
          ps.setString(2, p.agency());
          ps.setLong(3, p.caseId());
          ps.setString(4, p.regency());
          ps.setString(5, p.district());
          ps.setString(6, p.village());
          ps.setInt(7, p.receiptYear());
          ps.setInt(8, p.sent());
          ps.setInt(9, p.accepted());
          ps.setInt(10, p.declined());
          ps.setInt(11, p.completed());
          ps.setInt(12, p.notCompleted());
          ps.setInt(13, p.cancelled());
          ps.setInt(14, p.inProgress());
          ps.setInt(15, p.overdueVerified());
          ps.setObject(16, p.openTarget() == null ? null : Date.valueOf(p.openTarget()), java.sql.Types.DATE);
          ps.setObject(17, p.doneDays(), java.sql.Types.INTEGER);
        });
  }

  private static Part part(ResultSet rs) throws SQLException {
    return new Part(rs.getLong("referral_id"), rs.getString("agency_code"), rs.getLong("case_id"),
        rs.getString("regency_code"), rs.getString("district_code"), rs.getString("village_code"),
        rs.getInt("receipt_year"), rs.getInt("sent"), rs.getInt("accepted"), rs.getInt("declined"),
        rs.getInt("completed"), rs.getInt("not_completed"), rs.getInt("cancelled"), rs.getInt("in_progress"),
        rs.getInt("overdue_verified"), localDate(rs, "open_target"), (Integer) rs.getObject("done_days"));
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** The differences to add to the sums, by table and key; applied in key order. */
  private final class Deltas {

    private static final List<String> KEYS = List.of("regency_code", "receipt_year", "agency_code");

    private final TallySupport.Deltas events = support.deltas("referral_tally_events", KEYS, "sent", "accepted",
        "declined");
    private final TallySupport.Deltas states = support.deltas("referral_tally_states", KEYS, "completed",
        "not_completed", "cancelled", "in_progress", "overdue_verified");
    private final TallySupport.Deltas open = support.deltas("referral_tally_open", with("target_date"), "referrals");
    private final TallySupport.Deltas days = support.deltas("referral_tally_days", with("days"), "referrals");

    void add(Part p, int sign) {
      List<Object> key = List.of(p.regency(), p.receiptYear(), p.agency());
      events.add(key, sign, p.sent(), p.accepted(), p.declined());
      states.add(key, sign, p.completed(), p.notCompleted(), p.cancelled(), p.inProgress(), p.overdueVerified());
      if (p.openTarget() != null) {
        open.add(List.of(p.regency(), p.receiptYear(), p.agency(), Date.valueOf(p.openTarget())), sign, 1);
      }
      if (p.doneDays() != null) {
        days.add(List.of(p.regency(), p.receiptYear(), p.agency(), p.doneDays()), sign, 1);
      }
    }

    void apply() {
      events.apply();
      states.apply();
      open.apply();
      days.apply();
    }

    private static List<String> with(String extra) {
      List<String> keys = new ArrayList<>(KEYS);
      keys.add(extra);
      return keys;
    }
  }
}
