package id.terpadu.reporting;

import id.terpadu.casefile.CaseClosed;
import id.terpadu.referral.ReferralStatusChanged;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.reporting.ReferralParts.Part;
import id.terpadu.reporting.ReferralParts.Source;
import id.terpadu.reporting.ReferralParts.Step;
import id.terpadu.transfer.CaseTransferred;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TransactionRequiredException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 * takes the tally's lock row exclusively, changes take it shared, so the two never interleave.
 */
@Component
public class ReferralTally {

  private static final Logger LOG = LoggerFactory.getLogger(ReferralTally.class);
  private static final int CHUNK = 5_000;
  private static final String[] PART_COLUMNS = {"referral_id", "agency_code", "case_id", "regency_code",
      "district_code", "village_code", "receipt_year", "sent", "accepted", "declined", "completed", "not_completed",
      "cancelled", "in_progress", "overdue_verified", "open_target", "done_days"};
  private static final String SOURCE = "SELECT r.id, r.case_id, r.agency_code, r.status, r.outcome, r.decline_reason,"
      + " r.target_date, r.service_date, r.created_at, r.completed_at, c.regency_code, c.district_code,"
      + " c.village_code, c.received_at FROM referral r JOIN child_case c ON c.id = r.case_id";

  private final JdbcTemplate jdbc;
  private final EntityManager entityManager;
  private final TransactionTemplate separateTransaction;
  private volatile Boolean postgres;

  public ReferralTally(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.entityManager = entityManager;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
    try {
      if (!needsBuild()) {
        return; // every start but the first after the upgrade: no lock, no thread
      }
    } catch (RuntimeException e) {
      LOG.error("Referral tally: cannot tell whether it needs building", e);
      return;
    }
    Thread builder = new Thread(() -> {
      try {
        separateTransaction.executeWithoutResult(status -> {
          lock(true);
          if (needsBuild()) { // again under the lock: another node may have built it meanwhile
            LOG.info("Referral tally: built for {} referrals", rebuildLocked());
          }
        });
      } catch (RuntimeException e) {
        // Province and regency reports miss referrals until an administrator rebuilds; the application runs on.
        LOG.error("Referral tally: building it failed", e);
      }
    }, "referral-tally-build");
    builder.setDaemon(true);
    builder.start();
  }

  /**
   * Recomputes every part and sum from the referral tables, in one transaction that holds the tally's lock.
   *
   * @return the number of referrals counted
   */
  public int rebuildAll() {
    Integer referrals = separateTransaction.execute(status -> {
      lock(true);
      return rebuildLocked();
    });
    return referrals == null ? 0 : referrals;
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
    if (referralIds.isEmpty()) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      separateTransaction.executeWithoutResult(status -> recount(new TreeSet<>(referralIds)));
      return;
    }
    @SuppressWarnings("unchecked")
    Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Set<Long> ids = new TreeSet<>();
      pending = ids;
      TransactionSynchronizationManager.bindResource(this, ids);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          recount(ids);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(ReferralTally.this);
        }
      });
    }
    pending.addAll(referralIds);
  }

  /** Replaces the parts of the referrals (in id order) and adds the difference to the sums (in key order). */
  private void recount(Set<Long> referralIds) {
    flushEntities();
    lock(false);
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
    flushEntities();
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

  private boolean needsBuild() {
    return isEmpty("referral_tally_part") && !isEmpty("referral");
  }

  private boolean isEmpty(String table) {
    return jdbc.queryForList("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY").isEmpty();
  }

  /** The tally's lock row: exclusive for a rebuild, shared for a change (H2 has no shared row lock). */
  private void lock(boolean exclusive) {
    jdbc.queryForList("SELECT id FROM referral_tally_lock WHERE id = 1 FOR "
        + (exclusive || !isPostgres() ? "UPDATE" : "SHARE"));
  }

  private void flushEntities() {
    try {
      entityManager.flush();
    } catch (TransactionRequiredException e) {
      // no transaction, nothing pending
    }
  }

  private boolean isPostgres() {
    Boolean value = postgres;
    if (value == null) {
      value = "PostgreSQL".equalsIgnoreCase(
          jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
      postgres = value;
    }
    return value;
  }

  /** The differences to add to the sums, by table and key; applied in key order. */
  private final class Deltas {

    private record Key(String regency, int year, String agency, String extra) {}

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::regency).thenComparingInt(Key::year)
        .thenComparing(Key::agency).thenComparing(Key::extra);

    private final Map<Key, long[]> events = new TreeMap<>(ORDER);
    private final Map<Key, long[]> states = new TreeMap<>(ORDER);
    private final Map<Key, long[]> open = new TreeMap<>(ORDER);
    private final Map<Key, long[]> days = new TreeMap<>(ORDER);

    void add(Part p, int sign) {
      Key key = new Key(p.regency(), p.receiptYear(), p.agency(), "");
      addTo(events, key, sign, p.sent(), p.accepted(), p.declined());
      addTo(states, key, sign, p.completed(), p.notCompleted(), p.cancelled(), p.inProgress(), p.overdueVerified());
      if (p.openTarget() != null) {
        addTo(open, new Key(p.regency(), p.receiptYear(), p.agency(), p.openTarget().toString()), sign, 1);
      }
      if (p.doneDays() != null) {
        addTo(days, new Key(p.regency(), p.receiptYear(), p.agency(), String.format("%08d", p.doneDays())), sign,
            1);
      }
    }

    private void addTo(Map<Key, long[]> map, Key key, int sign, long... values) {
      long[] sum = map.computeIfAbsent(key, k -> new long[values.length]);
      for (int i = 0; i < values.length; i++) {
        sum[i] += sign * values[i];
      }
    }

    void apply() {
      apply("referral_tally_events", null, events, "sent", "accepted", "declined");
      apply("referral_tally_states", null, states, "completed", "not_completed", "cancelled", "in_progress",
          "overdue_verified");
      apply("referral_tally_open", "target_date", open, "referrals");
      apply("referral_tally_days", "days", days, "referrals");
    }

    /**
     * Adds each non-zero difference to its row (created when missing); drops the row when it fell to zero, which
     * only a difference with a negative count can do.
     */
    private void apply(String table, String extraColumn, Map<Key, long[]> deltas, String... columns) {
      List<String> keys = new ArrayList<>(List.of("regency_code", "receipt_year", "agency_code"));
      if (extraColumn != null) {
        keys.add(extraColumn);
      }
      String upsert = upsertAdd(table, keys, columns);
      String keyCondition = String.join(" = ? AND ", keys) + " = ?";
      String dropZero = "DELETE FROM " + table + " WHERE " + keyCondition + " AND "
          + String.join(" = 0 AND ", columns) + " = 0";
      for (Map.Entry<Key, long[]> entry : deltas.entrySet()) {
        long[] values = entry.getValue();
        if (Arrays.stream(values).allMatch(v -> v == 0)) {
          continue;
        }
        List<Object> keyValues = keyValues(entry.getKey(), extraColumn);
        List<Object> arguments = new ArrayList<>(keyValues);
        for (long v : values) {
          arguments.add(v);
        }
        jdbc.update(upsert, arguments.toArray());
        if (Arrays.stream(values).anyMatch(v -> v < 0)) {
          jdbc.update(dropZero, keyValues.toArray());
        }
      }
    }

    private List<Object> keyValues(Key key, String extraColumn) {
      List<Object> values = new ArrayList<>(List.of(key.regency(), key.year(), key.agency()));
      if ("target_date".equals(extraColumn)) {
        values.add(Date.valueOf(LocalDate.parse(key.extra())));
      } else if ("days".equals(extraColumn)) {
        values.add(Integer.parseInt(key.extra()));
      }
      return values;
    }

    /** An insert that adds to the row with the same key instead when there is one. */
    private String upsertAdd(String table, List<String> keys, String... columns) {
      List<String> all = new ArrayList<>(keys);
      all.addAll(List.of(columns));
      String placeholders = "?, ".repeat(all.size() - 1) + "?";
      if (isPostgres()) {
        List<String> sets = new ArrayList<>();
        for (String c : columns) {
          sets.add(c + " = " + table + "." + c + " + EXCLUDED." + c);
        }
        return "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES (" + placeholders + ")"
            + " ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + String.join(", ", sets);
      }
      List<String> on = new ArrayList<>();
      for (String k : keys) {
        on.add("t." + k + " = s." + k);
      }
      List<String> sets = new ArrayList<>();
      for (String c : columns) {
        sets.add(c + " = t." + c + " + s." + c);
      }
      return "MERGE INTO " + table + " t USING (VALUES (" + placeholders + ")) s (" + String.join(", ", all) + ")"
          + " ON " + String.join(" AND ", on) + " WHEN MATCHED THEN UPDATE SET " + String.join(", ", sets)
          + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", all) + ") VALUES (s."
          + String.join(", s.", all) + ")";
    }
  }
}
