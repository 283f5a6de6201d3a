package id.terpadu.reporting;

import id.terpadu.casefile.CaseClosed;
import id.terpadu.referral.ReferralStatusChanged;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.transfer.CaseTransferred;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TransactionRequiredException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the referral report's tally (V51, ADR 0033) in step with the referral tables. A bucket is a regency and a
 * year of receipt of the case in the unit's time zone; its rows are recomputed from the referral tables, with the
 * same SQL a district report runs ({@link ReferralAggregates}), whenever a referral of one of its cases changes
 * status, its case closes (which cancels the open referrals) or moves to another regency: in the same transaction, just before it commits, so a report never
 * sees a referral change without its tally or the other way round.
 *
 * <p>Refreshes of one bucket are serialised by locking the bucket's row first: a second transaction waits until
 * the first has committed and then recomputes from data that includes the first one's change (each statement reads
 * the newest committed data), so no concurrent change is lost. A transaction that touches several buckets locks them
 * in key order. Data written outside the application (a bulk load, the benchmark) is brought in with
 * {@link #rebuildAll()} ({@code POST /api/admin/report-tallies/rebuild}); at start-up, buckets with referral data
 * but no tally yet (after the upgrade that introduced it) are filled.
 */
@Component
public class ReferralTally {

  private static final Logger LOG = LoggerFactory.getLogger(ReferralTally.class);
  private static final String[] TABLES = {"referral_tally_events", "referral_tally_states", "referral_tally_open",
      "referral_tally_days"};
  private static final String BUCKET_CASES = "c.regency_code = :regency AND c.received_at >= :start"
      + " AND c.received_at < :end";

  /** One bucket of the tally. */
  record Bucket(String regency, int year) {
    static final Comparator<Bucket> ORDER = Comparator.comparing(Bucket::regency).thenComparingInt(Bucket::year);

    /** The bucket of a case of a regency received at an instant: the year in the regency's time zone. */
    static Bucket of(String regency, Instant received) {
      return new Bucket(regency, received.atZone(UnitTimeZones.of(regency)).getYear());
    }
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final EntityManager entityManager;
  private final TransactionTemplate separateTransaction;
  private final Clock clock;
  private volatile String lockStatement;

  public ReferralTally(NamedParameterJdbcTemplate jdbc, EntityManager entityManager,
      PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.entityManager = entityManager;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  @EventListener
  public void on(ReferralStatusChanged event) {
    bucketOf(event.caseId()).ifPresent(found -> touch(found.bucket()));
  }

  /** Closing a case cancels its open referrals (without a status event of their own). */
  @EventListener
  public void on(CaseClosed event) {
    bucketOf(event.caseId()).ifPresent(found -> touch(found.bucket()));
  }

  @EventListener
  public void on(CaseTransferred event) {
    bucketOf(event.caseId()).ifPresent(bucket -> {
      touch(Bucket.of(event.toRegency(), bucket.received()));
      touch(Bucket.of(event.fromRegency(), bucket.received()));
    });
  }

  /** Fills the buckets that have referral data but no tally yet (the first start after the upgrade). */
  @EventListener(ApplicationReadyEvent.class)
  public void fillMissingBuckets() {
    try {
      Set<Bucket> missing = bucketsWithData();
      missing.removeAll(bucketsWithTally());
      missing.forEach(this::refreshSeparately);
      if (!missing.isEmpty()) {
        LOG.info("Referral tally: filled {} buckets", missing.size());
      }
    } catch (RuntimeException e) {
      // The reports then miss these buckets until an administrator rebuilds the tally; the application runs on.
      LOG.error("Referral tally: filling the missing buckets failed", e);
    }
  }

  /**
   * Recomputes every bucket, each in its own short transaction: after data was written around the application.
   *
   * @return the number of buckets recomputed
   */
  public int rebuildAll() {
    Set<Bucket> all = bucketsWithData();
    all.addAll(bucketsWithTally());
    all.forEach(this::refreshSeparately);
    return all.size();
  }

  /** Marks a bucket for a refresh before the current transaction commits (at once without a transaction). */
  void touch(Bucket bucket) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      refreshSeparately(bucket);
      return;
    }
    @SuppressWarnings("unchecked")
    Set<Bucket> pending = (Set<Bucket>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Set<Bucket> buckets = new TreeSet<>(Bucket.ORDER);
      pending = buckets;
      TransactionSynchronizationManager.bindResource(this, buckets);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          flushEntities();
          buckets.forEach(ReferralTally.this::refresh);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(ReferralTally.this);
        }
      });
    }
    pending.add(bucket);
  }

  private void refreshSeparately(Bucket bucket) {
    separateTransaction.executeWithoutResult(status -> refresh(bucket));
  }

  /** Locks the bucket, then replaces its rows with the aggregates of its cases' referrals. */
  void refresh(Bucket bucket) {
    ZoneId zone = UnitTimeZones.of(bucket.regency());
    Map<String, Object> params = Map.of("regency", bucket.regency(), "year", bucket.year(),
        "start", ReceiptWindow.startOf(bucket.year(), zone), "end", ReceiptWindow.startOf(bucket.year() + 1, zone),
        "now", Timestamp.from(Instant.now(clock)));
    jdbc.update(lockStatement(), params);
    for (String table : TABLES) {
      jdbc.update("DELETE FROM " + table + " WHERE regency_code = :regency AND receipt_year = :year", params);
    }
    jdbc.update("INSERT INTO referral_tally_events (regency_code, receipt_year, agency_code, sent, accepted, declined)"
        + " SELECT x.regency, :year, x.agency, x.sent, x.accepted, x.declined FROM ("
        + ReferralAggregates.events("c.regency_code", BUCKET_CASES) + ") x", params);
    jdbc.update("INSERT INTO referral_tally_states (regency_code, receipt_year, agency_code, completed, not_completed,"
        + " cancelled, in_progress, overdue_verified) SELECT x.regency, :year, x.agency, x.completed, x.not_completed,"
        + " x.cancelled, x.in_progress, x.overdue_verified FROM ("
        + ReferralAggregates.states("c.regency_code", BUCKET_CASES) + ") x", params);
    jdbc.update("INSERT INTO referral_tally_open (regency_code, receipt_year, agency_code, target_date, referrals)"
        + " SELECT x.regency, :year, x.agency, x.target_date, x.referrals FROM ("
        + ReferralAggregates.open("c.regency_code", BUCKET_CASES) + ") x", params);
    jdbc.update("INSERT INTO referral_tally_days (regency_code, receipt_year, agency_code, days, referrals)"
        + " SELECT x.regency, :year, x.agency, x.days, x.referrals FROM ("
        + ReferralAggregates.days("c.regency_code", BUCKET_CASES) + ") x", params);
  }

  private record CaseBucket(Bucket bucket, Instant received) {}

  /** The bucket of a case, from its row as this transaction sees it (empty for an unknown case). */
  private Optional<CaseBucket> bucketOf(long caseId) {
    flushEntities();
    return jdbc.query("SELECT regency_code, received_at FROM child_case WHERE id = :id", Map.of("id", caseId),
        (rs, i) -> {
          Instant received = rs.getObject("received_at", OffsetDateTime.class).toInstant();
          return new CaseBucket(Bucket.of(rs.getString("regency_code"), received), received);
        }).stream().findFirst();
  }

  private Set<Bucket> bucketsWithData() {
    Set<Bucket> buckets = new TreeSet<>(Bucket.ORDER);
    jdbc.query("SELECT c.regency_code, MIN(c.received_at) AS first_received, MAX(c.received_at) AS last_received"
        + " FROM child_case c WHERE EXISTS (SELECT 1 FROM referral r WHERE r.case_id = c.id)"
        + " GROUP BY c.regency_code", Map.of(), rs -> {
          String regency = rs.getString("regency_code");
          ZoneId zone = UnitTimeZones.of(regency);
          int first = rs.getObject("first_received", OffsetDateTime.class).atZoneSameInstant(zone).getYear();
          int last = rs.getObject("last_received", OffsetDateTime.class).atZoneSameInstant(zone).getYear();
          for (int year = first; year <= last; year++) {
            buckets.add(new Bucket(regency, year));
          }
        });
    return buckets;
  }

  private Set<Bucket> bucketsWithTally() {
    Set<Bucket> buckets = new TreeSet<>(Bucket.ORDER);
    buckets.addAll(jdbc.query("SELECT regency_code, receipt_year FROM referral_tally_bucket", Map.of(),
        (rs, i) -> new Bucket(rs.getString("regency_code"), rs.getInt("receipt_year"))));
    return buckets;
  }

  private void flushEntities() {
    try {
      entityManager.flush();
    } catch (TransactionRequiredException e) {
      // no transaction, nothing pending
    }
  }

  /** An upsert of the bucket's row, which takes (or waits for) the row's lock. */
  private String lockStatement() {
    String statement = lockStatement;
    if (statement == null) {
      String product = jdbc.getJdbcTemplate()
          .execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
      statement = "PostgreSQL".equalsIgnoreCase(product)
          ? "INSERT INTO referral_tally_bucket (regency_code, receipt_year, refreshed_at)"
              + " VALUES (:regency, :year, :now) ON CONFLICT (regency_code, receipt_year)"
              + " DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at"
          : "MERGE INTO referral_tally_bucket (regency_code, receipt_year, refreshed_at)"
              + " KEY (regency_code, receipt_year) VALUES (:regency, :year, :now)";
      lockStatement = statement;
    }
    return statement;
  }
}
