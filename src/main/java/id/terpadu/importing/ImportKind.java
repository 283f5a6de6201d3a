package id.terpadu.importing;

import id.terpadu.access.RegionScope;
import java.time.Instant;
import java.util.List;

/**
 * One kind of import (persons, DTKS matches, historical cases, outreach visits): its columns, who may run it,
 * and how a batch of rows is validated and stored. The job mechanism around it (upload, file checks, job
 * table, claiming, resuming, progress, rejected rows, access) is the same for every kind: {@link ImportJobs},
 * {@link ImportRunner}.
 *
 * <p>A kind's batch must be idempotent: storing a row that is already stored (same natural key) counts it as
 * skipped and changes nothing, so a resumed or repeated job never duplicates data.
 */
public interface ImportKind {

  /** The kind's name in URLs and job bodies, e.g. {@code persons}. */
  String name();

  List<String> requiredColumns();

  List<String> optionalColumns();

  /** Role groups that may start this kind of import and read its jobs. */
  List<String> roles();

  /** Prepares a run of one job (caches, validators); called on the node that runs it. */
  Batches start(Context context);

  /**
   * What a run knows about its job.
   *
   * @param scope the importer's region scope when they uploaded; null for an administrator (any region)
   * @param now when this run started: the time stamp of the rows it stores
   */
  record Context(String jobId, String createdBy, ImportColumns columns, RegionScope scope, Instant now) {

    public boolean anyRegion() {
      return scope == null;
    }
  }

  /** Validates and stores batches of records, each inside the transaction that also records the progress. */
  @FunctionalInterface
  interface Batches {

    Outcome store(List<CsvReader.Record> records);

    /**
     * The part of a batch that needs no database (parsing and validating values), which the runner may do on
     * another thread while the previous batch is being stored; the result's {@link Prepared#store()} runs in the
     * batch's transaction. Calls come one at a time, in file order. By default everything happens in the store.
     */
    default Prepared prepare(List<CsvReader.Record> records) {
      return () -> store(records);
    }
  }

  /**
   * A batch validated ahead, to be stored inside its transaction. The runner may have two batches in flight
   * (ADR 0043): in a batch's transaction it first calls {@link #storeAhead()}, possibly while the previous batch's
   * transaction is still open, then waits until that batch is committed and calls {@link #store()}.
   */
  @FunctionalInterface
  interface Prepared {

    /**
     * Stores what cannot depend on the previous batch (not yet committed, and invisible here): nothing that
     * batch could store first, would make a conflict wait for, or would decide about. By default nothing.
     */
    default void storeAhead() {}

    /** Stores the rest, with every earlier batch committed; the outcome counts the whole batch. */
    Outcome store();
  }

  /** One rejected row: its line, why (Bahasa Indonesia), and its fields as read. */
  record Rejection(long line, String reason, List<String> fields) {}

  /** What a batch did: rows stored, rows already there (skipped), rows rejected. */
  record Outcome(int imported, int skipped, List<Rejection> rejected) {

    public Outcome {
      rejected = List.copyOf(rejected);
    }
  }
}
