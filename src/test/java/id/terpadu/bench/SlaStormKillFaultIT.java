package id.terpadu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fault: an application node killed with {@code kill -9} in the middle of a storm of due SLA timers and outgoing
 * e-mails (docs/reliability.md). One node (the built jar as a process, profiles {@code postgres,demo}, SMTP to a
 * GreenMail server in this JVM) works through {@value #BREACHES} triage deadlines falling due at once
 * ({@link SlaStormSeed}); when about a third are escalated it is killed with SIGKILL, a second node takes over. Then
 * every breach was escalated exactly once (one breach row, one {@code slaBreach} incident, one reminder row per
 * recipient, no failed job) and every reminder e-mail reached the SMTP server at least once; a mail received twice
 * (same {@code Message-ID}) can only be one the killed node had claimed, and is counted.
 *
 * <p>Needs the database of {@code DB_URL}/{@code DB_USER}/{@code DB_PASSWORD} (CI's) and the built jar: run by the
 * {@code faults} profile after {@code package}.
 */
@Tag("isolated")
@Tag("faults")
class SlaStormKillFaultIT {

  static final int BREACHES = 600;
  /** Jobs and outbox claims of the killed node expire after this (the defaults are 5 minutes). */
  static final String LOCK = "20000";

  @Test
  void aNodeKilledMidStormEscalatesEveryBreachExactlyOnceAndLosesNoMail() throws Exception {
    Database db = new Database(env("DB_URL"), env("DB_USER"), env("DB_PASSWORD"));
    Path work = Files.createDirectories(Path.of("target", "faults"));
    BenchOptions options = new BenchOptions(false, Set.of(), db.url(), db.url(), db.user(), db.password(), jar(),
        work.resolve("unused.md"), work);
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    String tag = "kill" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    String[] args = {"--terpadu.mail.demo-sink.enabled=false", "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort(), "--terpadu.mail.outbox.poll-interval=PT1S",
        "--terpadu.mail.outbox.claim-timeout=PT20S", "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK,
        "--terpadu.mail.digest.enabled=false", "--terpadu.lksa.reminder.enabled=false"};
    try {
      SlaStormSeed.Batch batch;
      long escalatedAtKill;
      long claimedAtKill;
      AppNode first = AppNode.start(options, db, 18_581, "1g", args);
      try (SlaStormSeed seed = SlaStormSeed.open(db)) {
        batch = seed.seed(tag, BREACHES, 4);
        seed.release();
        long deadline = System.currentTimeMillis() + 600_000;
        while (batch.escalated(db) < BREACHES / 3 && System.currentTimeMillis() < deadline) {
          Thread.sleep(200);
        }
        escalatedAtKill = batch.escalated(db);
        ProcessHandle.of(first.pid()).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
        first.close();
        claimedAtKill = db.queryLong("SELECT count(*) FROM outbox_message WHERE status = 'PENDING'"
            + " AND claimed_until IS NOT NULL AND reference IN (" + seededTaskReferences(tag) + ")");
      }
      assertThat(escalatedAtKill).as("killed in the middle of the storm").isBetween(1L, BREACHES - 1L);

      try (AppNode second = AppNode.start(options, db, 18_582, "1g", args)) {
        batch.awaitEscalated(db, 900_000);
        awaitMailsSent(db, tag, 600_000);
        SlaStormSeed.Check check = batch.check(db);
        assertThat(check.exactlyOnce()).as(check.toString()).isTrue();

        long rows = db.queryLong("SELECT count(*) FROM outbox_message WHERE reference IN ("
            + seededTaskReferences(tag) + ")");
        Map<String, Integer> received = receivedByMessageId(smtp);
        long delivered = 0;
        long duplicates = 0;
        for (String messageId : messageIds(db, tag)) {
          int times = received.getOrDefault(messageId, 0);
          assertThat(times).as("mail %s delivered", messageId).isPositive();
          delivered++;
          duplicates += times - 1;
        }
        assertThat(delivered).isEqualTo(rows);
        assertThat(duplicates).as("only mails in flight at the kill may arrive twice").isLessThanOrEqualTo(
            Math.max(claimedAtKill, 0) + 20);
        System.out.printf("kill -9 during an SLA storm: %d breaches, killed after %d escalations; %d escalated "
            + "exactly once (%s); %d reminder mails, all delivered, %d received twice (claimed at the kill: %d)%n",
            BREACHES, escalatedAtKill, BREACHES, check, rows, duplicates, claimedAtKill);
      }
    } finally {
      smtp.stop();
    }
  }

  private static String seededTaskReferences(String tag) {
    return "SELECT 'task:' || t.id_ FROM act_ru_task t JOIN act_ru_execution p ON p.id_ = t.proc_inst_id_"
        + " WHERE p.business_key_ LIKE 'sla-" + tag + "-%'";
  }

  private static void awaitMailsSent(Database db, String tag, long timeoutMillis) throws Exception {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    long pending = -1;
    while (System.currentTimeMillis() < deadline) {
      pending = db.queryLong("SELECT count(*) FROM outbox_message WHERE status <> 'SENT' AND reference IN ("
          + seededTaskReferences(tag) + ")");
      if (pending == 0) {
        return;
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError(pending + " reminder mails of the storm still not sent");
  }

  private static java.util.List<String> messageIds(Database db, String tag) throws Exception {
    java.util.List<String> ids = new java.util.ArrayList<>();
    try (var connection = db.connect(); var statement = connection.createStatement();
        var rs = statement.executeQuery("SELECT message_id FROM outbox_message WHERE reference IN ("
            + seededTaskReferences(tag) + ")")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private static Map<String, Integer> receivedByMessageId(GreenMail smtp) throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      counts.merge(message.getMessageID(), 1, Integer::sum);
    }
    return counts;
  }

  private static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("terpadu-.*\\.jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-original.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No application jar in target/: run through mvn verify"));
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: the fault tests run on PostgreSQL (see .ci/run)");
    }
    return value;
  }
}
