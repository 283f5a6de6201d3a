package id.terpadu.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What scenarios share in one run: the options, Terpadu's database and the reference database, the application
 * node (started once, on first use) and the query plans recorded for the results file.
 */
final class BenchContext implements AutoCloseable {

  /** First application node port; BENCH_PORT moves it when two harness runs share a machine. */
  static final int FIRST_PORT = Integer.parseInt(System.getenv().getOrDefault("BENCH_PORT", "18081"));

  private final BenchOptions options;
  private final Database app;
  private final Database reference;
  private final List<String> plans = new ArrayList<>();
  private AppNode node;

  BenchContext(BenchOptions options) {
    this.options = options;
    this.app = new Database(options.dbUrl(), options.dbUser(), options.dbPassword());
    this.reference = new Database(options.refDbUrl(), options.dbUser(), options.dbPassword());
  }

  BenchOptions options() {
    return options;
  }

  Database app() {
    return app;
  }

  Database reference() {
    return reference;
  }

  /** The application node with a 1 GB heap, started on first use and kept for the following scenarios. */
  AppNode node() throws IOException, InterruptedException {
    if (node == null) {
      node = AppNode.start(options, app, FIRST_PORT, "1g");
    }
    return node;
  }

  /**
   * Waits (at most three minutes) until the node has delivered the mails earlier scenarios queued (the intake's
   * task notifications, the SLA storm's reminders): a latency figure is taken on a node that is not working off a
   * backlog of thousands of mails meanwhile. Returns how many are still pending (0 when it is quiet), for the
   * conditions.
   */
  long awaitQuietNode() throws java.sql.SQLException, InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
    long pending = app.queryLong("SELECT count(*) FROM outbox_message WHERE status = 'PENDING'");
    while (pending > 0 && System.nanoTime() < deadline) {
      Thread.sleep(2_000);
      pending = app.queryLong("SELECT count(*) FROM outbox_message WHERE status = 'PENDING'");
    }
    return pending;
  }

  /** Stops the shared node (a scenario that needs a fresh one, or several, calls this first). */
  void stopNode() throws InterruptedException {
    if (node != null) {
      node.close();
      node = null;
    }
  }

  void recordPlan(String title, List<String> plan) {
    plans.add("#### " + title + "\n\n```\n" + String.join("\n", plan) + "\n```\n");
  }

  List<String> plans() {
    return plans;
  }

  @Override
  public void close() throws InterruptedException {
    stopNode();
  }
}
