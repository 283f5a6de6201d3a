package id.terpadu.importing;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's import threads ({@code terpadu.import.threads}): they run the jobs uploaded to this node at once,
 * and, unless {@code terpadu.import.worker-enabled=false}, look every {@code poll-interval} for jobs nobody runs
 * (a node died, a run failed and waits for its retry) and take them over. Stopping the node interrupts them;
 * their jobs' claims run out and another node continues.
 */
public class ImportWorkers implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ImportWorkers.class);

  private final ImportRunner runner;
  private final ScheduledThreadPoolExecutor executor;

  ImportWorkers(ImportRunner runner, ImportProperties properties) {
    this.runner = runner;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, "import-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.executor = new ScheduledThreadPoolExecutor(properties.threads(), threads);
    if (properties.workerEnabled()) {
      long every = properties.pollInterval().toMillis();
      executor.scheduleWithFixedDelay(this::runDue, every, every, TimeUnit.MILLISECONDS);
    }
  }

  /** Runs a job this node has just claimed, on an import thread. */
  public void start(ImportJobs.Claim claim) {
    executor.execute(() -> {
      try {
        runner.run(claim);
      } catch (RuntimeException e) {
        LOG.error("Import job {} stopped: {}", claim.jobId(), e.getClass().getName());
      }
    });
  }

  private void runDue() {
    try {
      runner.runDue();
    } catch (RuntimeException e) {
      LOG.warn("Looking for import jobs failed: {}", e.getClass().getName());
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
