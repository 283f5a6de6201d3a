package id.terpadu.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs import jobs, safely with several nodes on one database (the same scheme as the notification outbox,
 * ADR 0008; see ADR 0015):
 * <ul>
 *   <li>A job is run only under a claim: {@code claimed_by} holds a token unique to one claim (node id and a
 *   random part), {@code claimed_until} a lease. The node that accepts an upload claims the job at once; a job
 *   whose lease ran out (its node died or stopped) is claimed by any node's {@link #runDue()} with
 *   {@code FOR UPDATE SKIP LOCKED} and a conditional update.</li>
 *   <li>The file is read from the database; rows are handled in batches. Each batch runs in one transaction
 *   that stores the batch's rows, advances the job's progress ({@code processed_rows}, counts, lease) on the
 *   condition that this claim still holds and nobody advanced it meanwhile, and stores the rejected rows. So the
 *   stored rows and the progress always agree: a batch is committed whole with its progress, or not at all.</li>
 *   <li>Two batches may be stored at once (ADR 0043, {@code terpadu.import.batches-in-flight}): a batch stores
 *   what cannot depend on the one before ({@link ImportKind.Prepared#storeAhead()}), waits until that one is
 *   committed, then stores the rest and its progress. Batches therefore commit in file order, and a batch whose
 *   predecessor failed rolls back.</li>
 *   <li>A job taken over resumes after the last committed batch (the file is parsed again from the start and
 *   the processed records are skipped). Storing is idempotent anyway (NIK, source id), so even a batch
 *   repeated after an unlucky lease expiry changes nothing.</li>
 *   <li>A run that fails (database error) frees its claim for a later retry; after {@code maxAttempts} claims
 *   the job is FAILED. A job ends DONE or FAILED and its file chunks are deleted.</li>
 * </ul>
 */
public class ImportRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);
  private static final int MAX_JOBS_PER_RUN = 20;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final ImportJobs jobs;
  private final Map<String, ImportKind> kinds;
  private final ImportProperties properties;
  private final Clock clock;
  private final String nodeId;
  private final Object ended = new Object();

  public ImportRunner(JdbcTemplate jdbc, PlatformTransactionManager transactions, ImportJobs jobs,
      List<ImportKind> kinds, ImportProperties properties, Clock clock, String nodeId) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.jobs = jobs;
    this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(ImportKind::name, Function.identity()));
    this.properties = properties;
    this.clock = clock;
    this.nodeId = nodeId;
  }

  /**
   * Waits until a job run by this node ends or the time is up, whichever comes first (a wake-up for waiting
   * requests; jobs of other nodes are noticed by polling the job row).
   */
  void awaitAnyEnd(long millis) throws InterruptedException {
    synchronized (ended) {
      ended.wait(millis);
    }
  }

  private void signalEnd() {
    synchronized (ended) {
      ended.notifyAll();
    }
  }

  /** A node id unique to this instance: host name and a random suffix. */
  public static String newNodeId() {
    String host = System.getenv().getOrDefault("HOSTNAME", "node");
    return ImportJobs.cut(host, 60) + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A token for one claim of this node. */
  public String newToken() {
    return nodeId + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  public ImportKind kind(String name) {
    return kinds.get(name);
  }

  /** Claims jobs that nobody runs (lease free or run out) and runs them, one after the other. */
  public int runDue() {
    int finished = 0;
    for (int i = 0; i < MAX_JOBS_PER_RUN; i++) {
      ImportJobs.Claim claim = claimNext();
      if (claim == null) {
        break;
      }
      if (run(claim)) {
        finished++;
      }
    }
    return finished;
  }

  ImportJobs.Claim claimNext() {
    String token = newToken();
    return newTransaction.execute(status -> {
      Instant now = clock.instant();
      List<String> due = jdbc.queryForList("SELECT id FROM import_job WHERE status = 'RUNNING'"
          + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY created_at, id FETCH FIRST 5 ROWS ONLY"
          + " FOR UPDATE SKIP LOCKED", String.class, PersonRowWriter.utc(now));
      for (String id : due) {
        int won = jdbc.update("UPDATE import_job SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1,"
            + " updated_at = ? WHERE id = ? AND status = 'RUNNING' AND (claimed_until IS NULL OR claimed_until < ?)",
            token, PersonRowWriter.utc(now.plus(properties.claimTimeout())), PersonRowWriter.utc(now), id,
            PersonRowWriter.utc(now));
        if (won == 1) {
          return new ImportJobs.Claim(id, token);
        }
      }
      return null;
    });
  }

  /** Thrown inside a batch's transaction when the claim no longer holds: the batch rolls back. */
  static final class ClaimLost extends RuntimeException {
    ClaimLost() {
      super("claim lost", null, false, false);
    }
  }

  /**
   * Runs a claimed job to its end (or until the claim is lost, or {@code maxBatches} batches are done).
   *
   * @return whether the job ended (DONE or FAILED) in this run
   */
  public boolean run(ImportJobs.Claim claim) {
    return run(claim, Integer.MAX_VALUE);
  }

  boolean run(ImportJobs.Claim claim, int maxBatches) {
    ImportJob job = jobs.find(claim.jobId()).orElse(null);
    if (job == null || job.status() != ImportJob.Status.RUNNING || !claim.token().equals(job.claimedBy())) {
      return false;
    }
    ImportKind kind = kinds.get(job.kind());
    if (kind == null) {
      fail(claim, job, "Unknown import kind: " + job.kind());
      return true;
    }
    try (FileChunks.Reader file = new FileChunks.Reader(jdbc, job.id()); ReadAhead ahead = new ReadAhead();
        InFlight stores = new InFlight(properties.batchesInFlight())) {
      CsvReader csv = CsvReader.open(file);
      ImportColumns columns = ImportColumns.of(csv.header(), kind.requiredColumns(), kind.optionalColumns());
      for (long skipped = 0; skipped < job.processed(); skipped++) {
        if (csv.next() == null) {
          break;
        }
      }
      ImportKind.Batches batches = kind.start(new ImportKind.Context(job.id(), job.createdBy(), columns,
          job.scope(), clock.instant()));
      Callable<Batch> read = () -> {
        List<CsvReader.Record> records = new ArrayList<>(properties.batchSize());
        CsvReader.Record record;
        while (records.size() < properties.batchSize() && (record = csv.next()) != null) {
          records.add(record);
        }
        return new Batch(records, records.isEmpty() ? null : batches.prepare(records));
      };
      long processed = job.processed();
      Future<Batch> next = ahead.submit(read);
      for (int batch = 0; batch < maxBatches; batch++) {
        Batch current = resultOf(next);
        if (current.records().isEmpty()) {
          stores.awaitAll();
          finish(claim, job);
          return true;
        }
        // The next batch is read and validated while this one is stored.
        next = batch + 1 < maxBatches ? ahead.submit(read) : null;
        long before = processed;
        stores.submit(previous -> newTransaction.executeWithoutResult(status -> {
          current.prepared().storeAhead();
          // Every earlier batch committed (or this one rolls back): progress stays a prefix of the file.
          InFlight.await(previous, properties.claimTimeout());
          ImportKind.Outcome outcome = current.prepared().store();
          progress(claim, job.id(), before, current.records().size(), outcome);
          jobs.reject(job.id(), job.separator(), outcome.rejected());
        }));
        processed += current.records().size();
      }
      stores.awaitAll();
      return false;
    } catch (ClaimLost e) {
      LOG.info("Import job {}: claim {} lost, another node continues", job.id(), claim.token());
      return false;
    } catch (ImportFileException e) {
      // The stored file passed these checks at upload; it cannot fail now unless it was altered.
      fail(claim, job, "The stored file no longer reads: " + e.getMessage());
      return true;
    } catch (RuntimeException | java.io.IOException e) {
      return retryLater(claim, job, e);
    }
  }

  /** A batch of records as read from the file, validated ahead of its transaction. */
  private record Batch(List<CsvReader.Record> records, ImportKind.Prepared prepared) {}

  /** Threads of one job's helpers: daemons, so that a job never keeps the JVM from stopping. */
  private static ThreadFactory daemonThreads(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** The result of a job's read-ahead or batch, its failure rethrown as it was thrown there. */
  private static <T> T resultOf(Future<T> future) throws java.io.IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while an import job ran", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof java.io.IOException io) {
        throw io;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * One thread that reads and validates the next batch while the current one is stored (two cores: the
   * database writes while Java parses). Closing waits for a read in progress, so the file is closed after it.
   */
  private static final class ReadAhead implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(daemonThreads("import-read-ahead"));

    Future<Batch> submit(Callable<Batch> read) {
      return executor.submit(read);
    }

    @Override
    public void close() {
      executor.shutdown();
      try {
        if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
          executor.shutdownNow();
        }
      } catch (InterruptedException e) {
        executor.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The batches of one job being stored, each on its own thread in its own transaction, at most {@code limit} at
   * a time (ADR 0043). Each batch gets the previous batch's future and waits for it before its dependent part, so
   * batches commit in file order; a batch whose predecessor failed rolls back. Closing waits for every batch.
   */
  private static final class InFlight implements AutoCloseable {

    private final int limit;
    private final ExecutorService executor;
    private final Deque<Future<?>> running = new ArrayDeque<>();
    private Future<?> last;

    InFlight(int limit) {
      this.limit = limit;
      this.executor = Executors.newFixedThreadPool(limit, daemonThreads("import-store"));
    }

    /** Starts a batch once fewer than {@code limit} are running; rethrows the failure of one that ended. */
    void submit(Consumer<Future<?>> batch) throws java.io.IOException {
      while (running.size() >= limit) {
        resultOf(running.removeFirst());
      }
      Future<?> previous = last;
      last = executor.submit(() -> batch.accept(previous));
      running.addLast(last);
    }

    /** Waits for every running batch in file order; the first failure is rethrown (the others then fail too). */
    void awaitAll() throws java.io.IOException {
      while (!running.isEmpty()) {
        resultOf(running.removeFirst());
      }
    }

    /** Inside a batch: waits until the previous batch is committed, or fails when it failed or took too long. */
    static void await(Future<?> previous, Duration timeout) {
      if (previous == null) {
        return;
      }
      try {
        previous.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PreviousBatchFailed(e);
      } catch (ExecutionException | TimeoutException e) {
        throw new PreviousBatchFailed(e);
      }
    }

    @Override
    public void close() {
      executor.shutdown();
      try {
        while (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
          LOG.warn("Import batches still being stored after a minute; waiting for their transactions to end");
        }
      } catch (InterruptedException e) {
        executor.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A batch rolls back because the batch before it did not commit. */
  static final class PreviousBatchFailed extends RuntimeException {
    PreviousBatchFailed(Throwable cause) {
      super("the previous batch did not commit", cause);
    }
  }

  /**
   * Advances the progress under the claim, first in the batch's transaction (so a node whose claim was taken
   * over waits here for the row lock and then finds the condition false).
   */
  private void progress(ImportJobs.Claim claim, String jobId, long before, int rows, ImportKind.Outcome outcome) {
    Instant now = clock.instant();
    int updated = jdbc.update("UPDATE import_job SET processed_rows = ?, imported_rows = imported_rows + ?,"
        + " skipped_rows = skipped_rows + ?, rejected_rows = rejected_rows + ?, claimed_until = ?, updated_at = ?"
        + " WHERE id = ? AND status = 'RUNNING' AND claimed_by = ? AND processed_rows = ?",
        before + rows, outcome.imported(), outcome.skipped(), outcome.rejected().size(),
        PersonRowWriter.utc(now.plus(properties.claimTimeout())), PersonRowWriter.utc(now), jobId, claim.token(),
        before);
    if (updated != 1) {
      throw new ClaimLost();
    }
  }

  private void finish(ImportJobs.Claim claim, ImportJob job) {
    Boolean done = newTransaction.execute(status -> {
      Instant now = clock.instant();
      int updated = jdbc.update("UPDATE import_job SET status = 'DONE', finished_at = ?, updated_at = ?,"
          + " claimed_by = NULL, claimed_until = NULL WHERE id = ? AND status = 'RUNNING' AND claimed_by = ?",
          PersonRowWriter.utc(now), PersonRowWriter.utc(now), job.id(), claim.token());
      if (updated == 1) {
        jdbc.update("DELETE FROM import_job_chunk WHERE job_id = ?", job.id());
      }
      return updated == 1;
    });
    signalEnd();
    if (Boolean.TRUE.equals(done)) {
      jobs.find(job.id()).ifPresent(j -> LOG.info("Import job {} ({}) of {} DONE: {} rows, {} imported, {} skipped,"
          + " {} rejected", j.id(), j.kind(), j.createdBy(), j.total(), j.imported(), j.skipped(), j.rejected()));
    }
  }

  private void fail(ImportJobs.Claim claim, ImportJob job, String reason) {
    newTransaction.executeWithoutResult(status -> {
      Instant now = clock.instant();
      int updated = jdbc.update("UPDATE import_job SET status = 'FAILED', failure = ?, finished_at = ?,"
          + " updated_at = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ? AND status = 'RUNNING'"
          + " AND claimed_by = ?", ImportJobs.cut(reason, 1000), PersonRowWriter.utc(now),
          PersonRowWriter.utc(now), job.id(), claim.token());
      if (updated == 1) {
        jdbc.update("DELETE FROM import_job_chunk WHERE job_id = ?", job.id());
      }
    });
    signalEnd();
    LOG.warn("Import job {} ({}) FAILED: {}", job.id(), job.kind(), reason);
  }

  /** Frees the claim so that the job is tried again later, or fails it after the last attempt. */
  private boolean retryLater(ImportJobs.Claim claim, ImportJob job, Exception e) {
    String reason = describe(e);
    ImportJob current = jobs.find(job.id()).orElse(job);
    if (current.attempts() >= properties.maxAttempts()) {
      fail(claim, job, "Gave up after " + current.attempts() + " attempts: " + reason);
      return true;
    }
    // The exception's type only: a database message may quote a row's values (a NIK).
    LOG.warn("Import job {} ({}) attempt {} failed, will be retried: {}", job.id(), job.kind(),
        current.attempts(), reason);
    Instant now = clock.instant();
    jdbc.update("UPDATE import_job SET claimed_by = NULL, claimed_until = ?, failure = ?, updated_at = ?"
        + " WHERE id = ? AND status = 'RUNNING' AND claimed_by = ?",
        PersonRowWriter.utc(now.plus(properties.retryDelay())), ImportJobs.cut(reason, 1000),
        PersonRowWriter.utc(now), job.id(), claim.token());
    return false;
  }

  /** The exception's type and message only (database messages may quote a value; never a row's fields here). */
  static String describe(Exception e) {
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
    return cause.getClass().getSimpleName();
  }
}
