package id.terpadu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault: the SMTP server is down for an hour (docs/reliability.md, "SMTP down for an hour"). Two delivering nodes
 * poll the outbox on the shipped schedule ({@code terpadu.mail.outbox.*} of application.yaml: every 10 s, backoff
 * 1, 2, 4 … minutes up to an hour, 10 attempts) while the clock moves forward an hour and new messages keep
 * arriving; the SMTP server refuses connections (GreenMail stopped: nothing listens on the port). Then it is back:
 * every message arrives exactly once (one per Message-ID), none is lost or given up, and the last one arrives
 * within one backoff step of the recovery.
 */
class OutboxSmtpOutageTest {

  static final int SMTP_PORT = OutboxDeliveryTest.freePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  static final Duration OUTAGE = Duration.ofHours(1);

  final MutableClock clock = new MutableClock(START);
  final OutboxProperties shipped = shippedSettings();
  OutboxTestDatabase db;
  JdbcTemplate jdbc;

  @BeforeEach
  void database() {
    db = new OutboxTestDatabase(SMTP_PORT);
    jdbc = db.jdbc;
    // The shipped connect timeout; a refused connection fails at once anyway.
    db.mailSender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "10000");
  }

  /** The outbox settings of application.yaml, so that the test proves what is shipped. */
  static OutboxProperties shippedSettings() {
    try {
      List<PropertySource<?>> yaml =
          new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"));
      // The first document holds the defaults of every deployment.
      return new Binder(ConfigurationPropertySources.from(yaml.get(0)))
          .bind("terpadu.mail.outbox", OutboxProperties.class).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theShippedScheduleCarriesMailThroughAnHourOfSmtpOutageWithoutLossOrDuplicates() {
    assertThat(shipped.pollInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(shipped.maxAttempts()).isEqualTo(10);
    List<OutboxDelivery> nodes = List.of(node("a"), node("b"));
    List<String> enqueued = new ArrayList<>();

    smtp.stop();
    Instant outageEnds = START.plus(OUTAGE);
    long tick = 0;
    // Both nodes poll every poll-interval (offset by half of it); two new messages a minute.
    while (clock.instant().isBefore(outageEnds)) {
      if (tick % 12 == 0) {
        enqueued.add(insert("staf" + tick + "a@demo.terpadu.invalid"));
        enqueued.add(insert("staf" + tick + "b@demo.terpadu.invalid"));
      }
      assertThat(nodes.get((int) (tick % 2)).deliverDue()).isZero();
      clock.advance(shipped.pollInterval().dividedBy(2));
      tick++;
    }
    assertThat(enqueued).hasSize(120);
    assertThat(count("PENDING")).as("all waiting after an hour without SMTP").isEqualTo(120);
    assertThat(count("FAILED")).isZero();
    assertThat(jdbc.queryForObject("SELECT MIN(attempts) FROM outbox_message", Integer.class))
        .as("every message was tried during the outage").isPositive();
    assertThat(jdbc.queryForObject("SELECT MAX(attempts) FROM outbox_message", Integer.class))
        .isLessThan(shipped.maxAttempts());

    smtp.start();
    Instant recovered = clock.instant();
    Instant lastSent = recovered;
    int sent = 0;
    while (sent < enqueued.size() && clock.instant().isBefore(recovered.plus(Duration.ofHours(3)))) {
      int now = nodes.get((int) (tick % 2)).deliverDue();
      if (now > 0) {
        lastSent = clock.instant();
      }
      sent += now;
      clock.advance(shipped.pollInterval().dividedBy(2));
      tick++;
    }

    assertThat(sent).isEqualTo(enqueued.size());
    assertThat(count("SENT")).isEqualTo(enqueued.size());
    assertThat(count("PENDING") + count("FAILED")).isZero();
    MimeMessage[] received = smtp.getReceivedMessages();
    Map<String, Long> perMessageId = Arrays.stream(received).map(OutboxSmtpOutageTest::messageId)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(perMessageId.keySet()).as("nothing lost").containsExactlyInAnyOrderElementsOf(enqueued);
    assertThat(perMessageId).as("none twice").allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
    // The longest wait after the recovery is the backoff after the failures of one hour (32 minutes), not more.
    Duration lastAfterRecovery = Duration.between(recovered, lastSent);
    assertThat(lastAfterRecovery).isLessThanOrEqualTo(shipped.backoffAfter(6));
    System.out.printf("SMTP outage %s: %d messages, %d received, max per Message-ID %d, last sent %s after recovery%n",
        OUTAGE, enqueued.size(), received.length,
        perMessageId.values().stream().mapToLong(Long::longValue).max().orElse(0), lastAfterRecovery);
  }

  @Test
  void anOutageLongerThanTheAttemptsSpanLeavesMessagesFailedForTheAdministratorNotLost() {
    OutboxDelivery node = node("a");
    String messageId = insert("peksos1@demo.terpadu.invalid");
    smtp.stop();
    // 10 attempts with backoff 1, 2, 4 … 32, 60, 60, 60 minutes span about 4 h 4 min.
    for (int i = 0; i < 6 * 60 * 5; i++) {
      node.deliverDue();
      clock.advance(shipped.pollInterval());
    }
    assertThat(count("FAILED")).isEqualTo(1);
    smtp.start();
    clock.advance(Duration.ofHours(1));
    assertThat(node.deliverDue()).isZero();
    // Still in the table with its last error: the administrator sends it again (POST /api/admin/outbox/{id}/retry).
    assertThat(jdbc.queryForObject("SELECT last_error FROM outbox_message WHERE message_id = ?", String.class,
        messageId)).isNotBlank();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private OutboxDelivery node(String id) {
    return new OutboxDelivery(jdbc, db.transactions, db.mailSender, shipped, "Terpadu <no-reply@terpadu.invalid>", clock,
        id);
  }

  private String insert(String recipient) {
    return db.messageId(db.insert(recipient, clock.instant()));
  }

  private int count(String status) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = ?", Integer.class, status);
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
