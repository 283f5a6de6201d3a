package id.terpadu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Delivery of the outbox on its own (H2 with the real table, a GreenMail SMTP server): claims, Message-ID,
 * backoff, giving up, a dead node's claim, and two nodes racing for the same rows.
 */
class OutboxDeliveryTest {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

  MutableClock clock = new MutableClock(START);
  JdbcTemplate jdbc;
  DataSourceTransactionManager transactions;
  JavaMailSenderImpl mailSender;
  OutboxProperties properties = new OutboxProperties(false, Duration.ofSeconds(10), 3, 3, Duration.ofMinutes(1),
      Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofDays(30));
  OutboxTestDatabase db;

  @BeforeEach
  void database() {
    db = new OutboxTestDatabase(SMTP_PORT);
    jdbc = db.jdbc;
    transactions = db.transactions;
    mailSender = db.mailSender;
  }

  OutboxDelivery node(String id) {
    return node(id, properties);
  }

  OutboxDelivery node(String id, OutboxProperties with) {
    return new OutboxDelivery(jdbc, transactions, mailSender, with, "Terpadu <no-reply@terpadu.invalid>", clock, id);
  }

  long insert(String recipient) {
    return db.insert(recipient, clock.instant());
  }

  /** The database for a node whose records of sent messages fail while {@code failures} counts down above zero. */
  JdbcTemplate failingSentRecords(AtomicInteger failures) {
    return new JdbcTemplate(jdbc.getDataSource()) {
      @Override
      public int update(String sql, Object... args) {
        if (sql.contains("SET status = 'SENT'") && failures.getAndDecrement() > 0) {
          throw new DataAccessResourceFailureException("Connection refused");
        }
        return super.update(sql, args);
      }
    };
  }

  Map<String, Object> row(long id) {
    return jdbc.queryForMap("SELECT * FROM outbox_message WHERE id = ?", id);
  }

  @Test
  void sendsDueMessagesOnceWithTheirOwnMessageId() throws Exception {
    long first = insert("peksos1@demo.terpadu.invalid");
    long second = insert("pengawas@demo.terpadu.invalid");

    assertThat(node("a").deliverDue()).isEqualTo(2);
    assertThat(node("a").deliverDue()).isZero();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage toCaseworker = Arrays.stream(received)
        .filter(m -> recipients(m).contains("peksos1@")).findFirst()
        .orElseThrow();
    assertThat(toCaseworker.getMessageID()).isEqualTo(row(first).get("MESSAGE_ID"));
    assertThat(toCaseworker.getSubject()).isEqualTo("Subjek " + first);
    assertThat(GreenMailUtil.getBody(toCaseworker)).contains("Isi pesan " + first);
    assertThat(GreenMailUtil.getAddressList(toCaseworker.getFrom())).contains("no-reply@terpadu.invalid");
    for (long id : List.of(first, second)) {
      Map<String, Object> sent = row(id);
      assertThat(sent.get("STATUS")).isEqualTo("SENT");
      assertThat(sent.get("ATTEMPTS")).isEqualTo(1);
      assertThat(sent.get("CLAIMED_BY")).isNull();
      assertThat(sent.get("SENT_AT")).isNotNull();
    }
  }

  @Test
  void aFailedSendIsRetriedWithGrowingBackoffWhenTheServerIsBack() {
    long id = insert("peksos1@demo.terpadu.invalid");
    smtp.stop();

    assertThat(node("a").deliverDue()).isZero();
    Map<String, Object> failed = row(id);
    assertThat(failed.get("STATUS")).isEqualTo("PENDING");
    assertThat(failed.get("ATTEMPTS")).isEqualTo(1);
    assertThat(failed.get("LAST_ERROR")).asString().isNotBlank();
    assertThat(failed.get("CLAIMED_BY")).isNull();
    assertThat(nextAttempt(id)).isEqualTo(START.plus(Duration.ofMinutes(1)));

    clock.advance(Duration.ofMinutes(1));
    assertThat(node("a").deliverDue()).isZero();
    assertThat(row(id).get("ATTEMPTS")).isEqualTo(2);
    assertThat(nextAttempt(id)).isEqualTo(START.plus(Duration.ofMinutes(1 + 2)));

    smtp.start();
    // Back, but the message is not due yet: nothing is sent before its next attempt.
    assertThat(node("a").deliverDue()).isZero();
    clock.advance(Duration.ofMinutes(2));
    assertThat(node("a").deliverDue()).isEqualTo(1);
    assertThat(row(id).get("STATUS")).isEqualTo("SENT");
    assertThat(row(id).get("ATTEMPTS")).isEqualTo(3);
    assertThat(row(id).get("LAST_ERROR")).isNull();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void afterTheLastAttemptTheMessageFailsAndStays() {
    long id = insert("peksos1@demo.terpadu.invalid");
    smtp.stop();
    for (int attempt = 1; attempt <= 3; attempt++) {
      node("a").deliverDue();
      clock.advance(Duration.ofHours(1));
    }
    assertThat(row(id).get("STATUS")).isEqualTo("FAILED");
    assertThat(row(id).get("ATTEMPTS")).isEqualTo(3);
    smtp.start();
    clock.advance(Duration.ofDays(1));
    assertThat(node("a").deliverDue()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void anAddressThatCannotBeParsedFailsAtOnce() {
    long id = insert("<unterminated@demo.terpadu.invalid");
    long good = insert("peksos1@demo.terpadu.invalid");
    assertThat(node("a").deliverDue()).isEqualTo(1);
    assertThat(row(id).get("STATUS")).isEqualTo("FAILED");
    assertThat(row(id).get("ATTEMPTS")).isEqualTo(1);
    assertThat(row(good).get("STATUS")).isEqualTo("SENT");
  }

  @Test
  void aDeadNodesClaimBlocksOthersUntilItRunsOutThenTheSameMessageIdIsSent() {
    long id = insert("peksos1@demo.terpadu.invalid");
    OutboxDelivery dead = node("dead");
    assertThat(dead.claim()).extracting(OutboxDelivery.Claimed::id).containsExactly(id);
    // ... and the node dies before it sends or records anything.

    assertThat(node("b").deliverDue()).isZero();
    clock.advance(Duration.ofMinutes(4));
    assertThat(node("b").deliverDue()).isZero();
    clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(node("b").deliverDue()).isEqualTo(1);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(messageId(received[0])).isEqualTo(row(id).get("MESSAGE_ID"));
    assertThat(row(id).get("STATUS")).isEqualTo("SENT");
  }

  @Test
  void twoNodesRacingForTheSameRowsSendEachOnce() throws Exception {
    int count = 40;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(insert("staf" + i + "@demo.terpadu.invalid"));
    }
    OutboxProperties smallBatches = new OutboxProperties(false, Duration.ofSeconds(10), 2, 3, Duration.ofMinutes(1),
        Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofDays(30));
    List<OutboxDelivery> nodes = List.of(node("a", smallBatches), node("b", smallBatches));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (OutboxDelivery n : nodes) {
        results.add(pool.submit(() -> {
          start.await();
          int sent = 0;
          for (int round = 0; round < 20; round++) {
            sent += n.deliverDue();
          }
          return sent;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get();
      }
      assertThat(total).isEqualTo(count);
    } finally {
      pool.shutdownNow();
    }

    MimeMessage[] received = smtp.getReceivedMessages();
    Map<String, Long> perMessageId = Arrays.stream(received).map(OutboxDeliveryTest::messageId)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(received).hasSize(count);
    assertThat(perMessageId).hasSize(count).allSatisfy((messageId, times) -> assertThat(times).isEqualTo(1));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'", Integer.class))
        .isEqualTo(count);
  }

  @Test
  void aDatabaseOutageWhileRecordingASentMessageDelaysTheRecordInsteadOfSendingItAgain() {
    long id = insert("peksos1@demo.terpadu.invalid");
    AtomicInteger failures = new AtomicInteger(3);
    // The SMTP server accepted the message, then the database is away for three tries of the record.
    JdbcTemplate flaky = failingSentRecords(failures);
    OutboxDelivery node = new OutboxDelivery(flaky, transactions, mailSender, properties,
        "Terpadu <no-reply@terpadu.invalid>", clock, "a");

    assertThat(node.deliverDue()).isEqualTo(1);
    assertThat(failures.get()).isNegative();
    assertThat(row(id).get("STATUS")).isEqualTo("SENT");
    assertThat(row(id).get("CLAIMED_BY")).isNull();
    // Long after the claim would have run out, no node sends it again.
    clock.advance(Duration.ofMinutes(10));
    assertThat(node("b").deliverDue()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aMessageSentButNotRecordedBeforeItsClaimEndsIsRecordedByTheNextRunAndTheRestOfItsBatchIsSent() {
    long first = insert("peksos1@demo.terpadu.invalid");
    long second = insert("peksos2@demo.terpadu.invalid");
    AtomicInteger failures = new AtomicInteger(Integer.MAX_VALUE);
    JdbcTemplate flaky = failingSentRecords(failures);
    // A claim of two seconds: the record is retried for 1.8 s, then the run gives up with both rows claimed.
    OutboxProperties shortClaims = new OutboxProperties(false, Duration.ofSeconds(10), 3, 3, Duration.ofMinutes(1),
        Duration.ofMinutes(30), Duration.ofSeconds(2), Duration.ofDays(30));
    OutboxDelivery node = new OutboxDelivery(flaky, transactions, mailSender, shortClaims,
        "Terpadu <no-reply@terpadu.invalid>", clock, "a");
    assertThatThrownBy(node::deliverDue).isInstanceOf(DataAccessResourceFailureException.class);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(row(first).get("CLAIMED_BY")).isEqualTo("a");
    assertThat(row(second).get("CLAIMED_BY")).isEqualTo("a");

    // The database is back, the claims have not run out (the clock stands): the next run records the first message
    // without sending it again, and sends the second at once instead of leaving it claimed.
    failures.set(0);
    assertThat(node.deliverDue()).isEqualTo(1);
    assertThat(row(first).get("STATUS")).isEqualTo("SENT");
    assertThat(row(second).get("STATUS")).isEqualTo("SENT");
    assertThat(row(second).get("CLAIMED_BY")).isNull();
    Map<String, Long> perMessageId = Arrays.stream(smtp.getReceivedMessages()).map(OutboxDeliveryTest::messageId)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(perMessageId).containsOnlyKeys((String) row(first).get("MESSAGE_ID"),
        (String) row(second).get("MESSAGE_ID")).allSatisfy((messageId, times) -> assertThat(times).isEqualTo(1));
  }

  @Test
  void aClaimCommittedByTheServerButReportedAsFailedIsReleasedByTheNextRun() {
    long id = insert("peksos1@demo.terpadu.invalid");
    AtomicInteger brokenCommits = new AtomicInteger(1);
    // The connection breaks while the commit's answer travels back: the server committed, the node sees an error.
    DataSourceTransactionManager brokenOnce = new DataSourceTransactionManager(jdbc.getDataSource()) {
      @Override
      protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        if (brokenCommits.getAndDecrement() > 0) {
          throw new TransactionSystemException("An I/O error occurred while sending to the backend");
        }
      }
    };
    OutboxDelivery node = new OutboxDelivery(jdbc, brokenOnce, mailSender, properties,
        "Terpadu <no-reply@terpadu.invalid>", clock, "a");
    assertThatThrownBy(node::deliverDue).isInstanceOf(TransactionSystemException.class);
    assertThat(row(id).get("CLAIMED_BY")).isEqualTo("a");
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // Within the claim's five minutes: the same node takes it back and sends it.
    assertThat(node.deliverDue()).isEqualTo(1);
    assertThat(row(id).get("STATUS")).isEqualTo("SENT");
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void sentMessagesAreRemovedAfterTheirKeepingTime() {
    long old = insert("peksos1@demo.terpadu.invalid");
    node("a").deliverDue();
    clock.advance(Duration.ofDays(29));
    long recent = insert("peksos2@demo.terpadu.invalid");
    long waiting = insert("<unterminated");
    node("a").deliverDue();
    clock.advance(Duration.ofDays(1).plusSeconds(1));
    assertThat(node("a").removeOldSent()).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT id FROM outbox_message ORDER BY id", Long.class))
        .containsExactly(recent, waiting).doesNotContain(old);
  }

  private Instant nextAttempt(long id) {
    return jdbc.queryForObject("SELECT next_attempt_at FROM outbox_message WHERE id = ?",
        java.time.OffsetDateTime.class, id).toInstant();
  }

  private static String recipients(MimeMessage message) {
    try {
      return GreenMailUtil.getAddressList(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
