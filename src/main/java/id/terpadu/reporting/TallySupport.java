package id.terpadu.reporting;

import id.terpadu.database.Databases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TransactionRequiredException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the report tallies (ADR 0033, ADR 0034) share: recounting the touched records just before the transaction
 * commits, the one lock row that keeps a rebuild from interleaving with a change, the first-start build in the
 * background, and adding differences to sum rows in key order (no deadlock between two changes).
 *
 * <p>Both tallies take the same lock row ({@code referral_tally_lock}): a change that touches both (closing a
 * case) takes it once, so two changes can never wait for each other's lock on H2, where the lock is exclusive.
 */
@Component
class TallySupport {

  private final JdbcTemplate jdbc;
  private final EntityManager entityManager;
  private final TransactionTemplate separateTransaction;
  private volatile Boolean postgres;

  TallySupport(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.entityManager = entityManager;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  JdbcTemplate jdbc() {
    return jdbc;
  }

  /**
   * Marks records of one tally ({@code owner}) for recounting just before the current transaction commits (at once,
   * in a transaction of its own, without one); {@code recount} gets each record once, in id order.
   */
  void touch(Object owner, Collection<Long> ids, Consumer<Set<Long>> recount) {
    if (ids.isEmpty()) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      separateTransaction.executeWithoutResult(status -> recount.accept(new TreeSet<>(ids)));
      return;
    }
    @SuppressWarnings("unchecked")
    Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(owner);
    if (pending == null) {
      Set<Long> all = new TreeSet<>();
      pending = all;
      TransactionSynchronizationManager.bindResource(owner, all);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          recount.accept(all);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(owner);
        }
      });
    }
    pending.addAll(ids);
  }

  /**
   * Runs a rebuild in a transaction of its own that holds the lock exclusively, then refreshes the planner's
   * statistics of the tables it rewrote; answers its count.
   */
  int rebuild(String marker, IntSupplier rebuildLocked, String... tables) {
    Integer count = separateTransaction.execute(status -> {
      lock(true);
      int read = rebuildLocked.getAsInt();
      built(marker);
      return read;
    });
    analyze(tables);
    return count == null ? 0 : count;
  }

  /**
   * After a rebuild has rewritten millions of rows, PostgreSQL's statistics still describe the tables before it until
   * autovacuum comes round, and the reports' plans follow them (a first benchmark run read every part through the
   * wrong index). H2 plans without them.
   */
  private void analyze(String... tables) {
    if (isPostgres()) {
      for (String table : tables) {
        jdbc.execute("ANALYZE " + table);
      }
    }
  }

  /**
   * Builds a tally in the background when a migration left its marker in {@code report_tally_build} (the first start
   * after the upgrade that brought or changed it): the node serves meanwhile; changes wait for the build (it holds
   * the lock). A marker, not "the tally is empty": a change on any node before the build takes the lock would
   * otherwise make the build look done and leave the earlier data uncounted (ADR 0036).
   */
  void buildWhenMissing(String name, String marker, Logger log, IntSupplier rebuildLocked, String... tables) {
    BooleanSupplier needsBuild = () -> !jdbc.queryForList("SELECT tally FROM report_tally_build WHERE tally = ?",
        String.class, marker).isEmpty();
    try {
      if (!needsBuild.getAsBoolean()) {
        return; // every start but the first after the upgrade: no lock, no thread
      }
    } catch (RuntimeException e) {
      log.error("{}: cannot tell whether it needs building", name, e);
      return;
    }
    Thread builder = new Thread(() -> {
      try {
        separateTransaction.executeWithoutResult(status -> {
          lock(true);
          if (needsBuild.getAsBoolean()) { // again under the lock: another node may have built it meanwhile
            log.info("{}: built for {} records", name, rebuildLocked.getAsInt());
            built(marker);
          }
        });
        analyze(tables);
      } catch (RuntimeException e) {
        // Province and regency reports miss records until an administrator rebuilds; the application runs on.
        log.error("{}: building it failed", name, e);
      }
    }, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-build");
    builder.setDaemon(true);
    builder.start();
  }

  /** The tally is built: its marker goes (in the rebuild's transaction). */
  private void built(String marker) {
    jdbc.update("DELETE FROM report_tally_build WHERE tally = ?", marker);
  }

  /** Differences for one sum table with the given key and value columns. */
  Deltas deltas(String table, List<String> keys, String... columns) {
    return new Deltas(table, keys, columns);
  }

  /** The tallies' lock row: exclusive for a rebuild, shared for a change (H2 has no shared row lock). */
  void lock(boolean exclusive) {
    jdbc.queryForList("SELECT id FROM referral_tally_lock WHERE id = 1 FOR "
        + (exclusive || !isPostgres() ? "UPDATE" : "SHARE"));
  }

  void flushEntities() {
    try {
      entityManager.flush();
    } catch (TransactionRequiredException e) {
      // no transaction, nothing pending
    }
  }

  boolean isPostgres() {
    Boolean value = postgres;
    if (value == null) {
      value = Databases.isPostgres(jdbc);
      postgres = value;
    }
    return value;
  }

  /**
   * Differences to add to the rows of one sum table, by key (a list of the key columns' values, each
   * {@link Comparable}); {@link #apply} adds them in key order.
   */
  final class Deltas {

    private static final Comparator<List<Object>> ORDER = (a, b) -> {
      for (int i = 0; i < a.size(); i++) {
        @SuppressWarnings("unchecked")
        int c = ((Comparable<Object>) a.get(i)).compareTo(b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };

    private final String table;
    private final List<String> keys;
    private final String[] columns;
    private final Map<List<Object>, long[]> deltas = new TreeMap<>(ORDER);

    Deltas(String table, List<String> keys, String... columns) {
      this.table = table;
      this.keys = List.copyOf(keys);
      this.columns = columns.clone();
    }

    void add(List<Object> key, int sign, long... values) {
      long[] sum = deltas.computeIfAbsent(key, k -> new long[values.length]);
      for (int i = 0; i < values.length; i++) {
        sum[i] += sign * values[i];
      }
    }

    /**
     * Adds each non-zero difference to its row (created when missing); drops the row when it fell to zero, which
     * only a difference with a negative count can do.
     */
    void apply() {
      String upsert = upsertAdd();
      String keyCondition = String.join(" = ? AND ", keys) + " = ?";
      String dropZero = "DELETE FROM " + table + " WHERE " + keyCondition + " AND "
          + String.join(" = 0 AND ", columns) + " = 0";
      for (Map.Entry<List<Object>, long[]> entry : deltas.entrySet()) {
        long[] values = entry.getValue();
        if (Arrays.stream(values).allMatch(v -> v == 0)) {
          continue;
        }
        List<Object> arguments = new ArrayList<>(entry.getKey());
        for (long v : values) {
          arguments.add(v);
        }
        jdbc.update(upsert, arguments.toArray());
        if (Arrays.stream(values).anyMatch(v -> v < 0)) {
          jdbc.update(dropZero, entry.getKey().toArray());
        }
      }
    }

    /** An insert that adds to the row with the same key instead when there is one. */
    private String upsertAdd() {
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
