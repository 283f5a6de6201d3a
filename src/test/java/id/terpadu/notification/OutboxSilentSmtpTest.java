package id.terpadu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fault: an SMTP server that accepts the connection and never answers (docs/reliability.md, "A silent SMTP
 * server"). JavaMail has no timeouts of its own: without {@code mail.smtp.timeout} the delivering thread would wait
 * for the greeting forever, holding its claim on the message and the outbox poller of its node. The shipped
 * {@code spring.mail.properties} set them; this test uses their names and values from application.yaml (scaled down
 * twenty times, so that it takes seconds; {@link OutboxSilentSmtpFaultIT} runs the shipped values) and checks
 * that delivery gives up within the timeout, the message stays queued for a later attempt with the claim released,
 * and that meanwhile the outbox is not blocked for anyone else.
 */
class OutboxSilentSmtpTest {

  /** How many times shorter than shipped the timeouts are in this run. */
  int scale() {
    return 20;
  }

  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
  SilentSmtpServer silent = new SilentSmtpServer();

  @AfterEach
  void stop() throws Exception {
    silent.close();
  }

  @Test
  void theShippedJavaMailTimeoutsAreSetAndAHangEndsLongBeforeTheClaimRunsOut() {
    Map<String, String> shipped = SilentSmtpServer.shippedMailProperties();
    assertThat(shipped).containsKeys(SilentSmtpServer.TIMEOUTS.toArray(String[]::new));
    long connect = Long.parseLong(shipped.get("mail.smtp.connectiontimeout"));
    long read = Long.parseLong(shipped.get("mail.smtp.timeout"));
    long write = Long.parseLong(shipped.get("mail.smtp.writetimeout"));
    assertThat(connect).isPositive();
    assertThat(read).isPositive();
    assertThat(write).isPositive();
    // A silent server costs a poll one connect and one read (the greeting): the batch ends there (the rest is released
    // untried), well within the claim, so that no other node sends the message meanwhile.
    OutboxProperties outbox = OutboxSmtpOutageTest.shippedSettings();
    assertThat(Duration.ofMillis(connect + read)).isLessThan(outbox.claimTimeout().dividedBy(4));
  }

  @Test
  void aServerThatAcceptsAndNeverAnswersIsGivenUpWithinTheTimeoutAndTheMailStaysQueued() throws Exception {
    Properties timeouts = SilentSmtpServer.shippedTimeouts(ms -> ms / scale());
    long readTimeout = Long.parseLong(timeouts.getProperty("mail.smtp.timeout"));
    OutboxTestDatabase db = new OutboxTestDatabase(silent.port());
    db.mailSender.setJavaMailProperties(timeouts);
    OutboxProperties properties = new OutboxProperties(false, Duration.ofSeconds(10), 3, 10, Duration.ofMinutes(1),
        Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofDays(30));
    OutboxDelivery hanging = new OutboxDelivery(db.jdbc, db.transactions, db.mailSender, properties,
        "Terpadu <no-reply@terpadu.invalid>", clock, "a");
    long first = db.insert("peksos1@demo.terpadu.invalid", clock.instant());
    long sameBatch = db.insert("kepala@demo.terpadu.invalid", clock.instant());

    long started = System.nanoTime();
    CompletableFuture<Integer> delivery = CompletableFuture.supplyAsync(hanging::deliverDue);
    while (silent.accepted.get() == 0 && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10)) {
      Thread.sleep(10);
    }
    assertThat(silent.accepted.get()).as("the node connected to the silent server").isPositive();

    // While node a waits for the greeting: its claim is committed, so nothing waits for a lock. New mail is queued,
    // another node claims it at once, and the waiting message's row can be read and written.
    long second = db.insert("peksos2@demo.terpadu.invalid", clock.instant());
    long otherNodeStarted = System.nanoTime();
    assertThat(new OutboxDelivery(db.jdbc, db.transactions, db.mailSender, properties,
        "Terpadu <no-reply@terpadu.invalid>", clock, "b").claim())
        .extracting(OutboxDelivery.Claimed::id).containsExactly(second);
    assertThat(db.jdbc.update("UPDATE outbox_message SET recipient = recipient WHERE id = ?", first)).isEqualTo(1);
    assertThat(Duration.ofNanos(System.nanoTime() - otherNodeStarted)).isLessThan(Duration.ofMillis(readTimeout));
    assertThat(delivery).as("still waiting for the greeting").isNotDone();

    assertThat(delivery.get(readTimeout * 10, TimeUnit.MILLISECONDS)).isZero();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    Map<String, Object> row = db.jdbc.queryForMap("SELECT * FROM outbox_message WHERE id = ?", first);
    System.out.printf("Silent SMTP server, read timeout %d ms: delivery gave up after %d ms: %s%n", readTimeout,
        took.toMillis(), row.get("LAST_ERROR"));
    assertThat(took).as("gave up within the timeout").isLessThan(Duration.ofMillis(readTimeout * 3));
    assertThat(row.get("STATUS")).isEqualTo("PENDING");
    assertThat(((Number) row.get("ATTEMPTS")).intValue()).isEqualTo(1);
    assertThat(row.get("CLAIMED_BY")).as("claim released").isNull();
    assertThat(row.get("CLAIMED_UNTIL")).isNull();
    assertThat((String) row.get("LAST_ERROR")).containsIgnoringCase("timed out");
    assertThat(((java.time.OffsetDateTime) row.get("NEXT_ATTEMPT_AT")).toInstant())
        .isEqualTo(clock.instant().plus(properties.backoffAfter(1)));
    // The rest of the batch was not tried against the silent server (one timeout per poll, not one per message):
    // released, no attempt counted, due at the next poll of any node.
    Map<String, Object> untried = db.jdbc.queryForMap("SELECT * FROM outbox_message WHERE id = ?", sameBatch);
    assertThat(silent.accepted.get()).isEqualTo(1);
    assertThat(untried.get("STATUS")).isEqualTo("PENDING");
    assertThat(((Number) untried.get("ATTEMPTS")).intValue()).isZero();
    assertThat(untried.get("CLAIMED_BY")).isNull();
  }
}
