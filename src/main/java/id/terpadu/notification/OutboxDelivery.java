package id.terpadu.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.SocketTimeoutException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox. Safe with several nodes on one database:
 * <ol>
 *   <li>In a short transaction, a node selects due rows with {@code FOR UPDATE SKIP LOCKED} (rows another
 *   node is claiming right now are skipped, not waited for) and claims each with a conditional update
 *   ({@code claimed_by}, {@code claimed_until}): only a row that is still PENDING and not claimed, or whose
 *   claim ran out, is taken. The claim commits before anything is sent.</li>
 *   <li>Outside any transaction it sends each claimed row over SMTP with the row's Message-ID.</li>
 *   <li>It records the result only while it still holds the claim: SENT, or another attempt later with
 *   exponential backoff, or FAILED after the last attempt.</li>
 * </ol>
 * A node that dies between claim and result leaves the row claimed until {@code claim-timeout}; then any
 * node sends it again with the same Message-ID (the rare duplicate is recognisable). Nothing is sent twice
 * otherwise. A server that times out (it accepts connections and does not answer) ends the batch: the rest is released
 * untried, so that a hung server costs a poll one timeout, not one per message (docs/reliability.md).
 * <p>A run that ends by an exception (the database went away mid-batch, or a claim's commit failed on the wire after
 * the server had committed it) may leave rows claimed by this node. The next run of this node settles them first: a
 * message it sent and could not record is recorded SENT, never sent again; every other row it still claims was not
 * sent and is released, so a database outage delays those messages by a poll, not by {@code claim-timeout}.
 */
public class OutboxDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
  private static final int MAX_ROUNDS = 50;
  private static final long RECORD_PAUSE_MAX_MILLIS = 10_000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final JavaMailSender mailSender;
  private final OutboxProperties properties;
  private final String from;
  private final Clock clock;
  private final String nodeId;
  /** Messages this node sent and could not record yet, with when they were sent. */
  private final Map<Long, Instant> sentNotRecorded = new ConcurrentHashMap<>();
  /** Whether this node's last run ended by an exception, possibly leaving rows claimed by it. */
  private boolean lastRunBroken;

  public OutboxDelivery(JdbcTemplate jdbc, PlatformTransactionManager transactions, JavaMailSender mailSender,
      OutboxProperties properties, String from, Clock clock, String nodeId) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.mailSender = mailSender;
    this.properties = properties;
    this.from = from;
    this.clock = clock;
    this.nodeId = nodeId;
  }

  /** A node id unique to this instance: host name and a random suffix. */
  public static String newNodeId() {
    String host = System.getenv().getOrDefault("HOSTNAME", "node");
    return OutboxMessage.cut(host, 80) + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public String nodeId() {
    return nodeId;
  }

  /**
   * Claims and sends due messages, batch after batch, until none is due (or a bound is reached).
   *
   * @return how many messages were sent
   */
  public synchronized int deliverDue() {
    if (lastRunBroken) {
      settleOwnClaims();
    }
    lastRunBroken = true;
    int sent = deliverRounds();
    lastRunBroken = false;
    return sent;
  }

  private int deliverRounds() {
    int sent = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Claimed> batch = claim();
      for (int i = 0; i < batch.size(); i++) {
        Result result = send(batch.get(i));
        if (result == Result.SENT) {
          sent++;
        } else if (result == Result.SERVER_TIMED_OUT) {
          // The server accepted the connection but did not answer within the timeout (or not even that): each further
          // message would wait as long, and the batch's last claims would run out meanwhile. The rest of the batch is
          // released untried for the next poll (of any node).
          release(batch.subList(i + 1, batch.size()));
          return sent;
        }
      }
      if (batch.size() < properties.batchSize()) {
        break;
      }
    }
    return sent;
  }

  /**
   * After a broken run (deliveries of one node never overlap, so no claim of this node is in use now): records what
   * was sent and not recorded, while this node still holds the claim (if the claim ran out and another node took the
   * row, that node sends it again with the same Message-ID), then releases every other row this node claims.
   */
  private void settleOwnClaims() {
    for (Map.Entry<Long, Instant> sent : List.copyOf(sentNotRecorded.entrySet())) {
      recordSent(sent.getKey(), sent.getValue());
      sentNotRecorded.remove(sent.getKey());
    }
    int released = jdbc.update("UPDATE outbox_message SET claimed_by = NULL, claimed_until = NULL"
        + " WHERE claimed_by = ? AND status = 'PENDING'", nodeId);
    if (released > 0) {
      LOG.info("Released {} outbox message(s) claimed by the broken last run of this node", released);
    }
  }

  /** Removes sent messages older than {@code keep-sent}. */
  public int removeOldSent() {
    Instant before = clock.instant().minus(properties.keepSent());
    return jdbc.update("DELETE FROM outbox_message WHERE status = 'SENT' AND sent_at < ?", at(before));
  }

  /** A claimed row, read in the claiming transaction. */
  record Claimed(long id, String messageId, String recipient, String subject, String body, int attempts,
      Instant claimedUntil) {}

  List<Claimed> claim() {
    List<Claimed> claimed = newTransaction.execute(status -> {
      Instant now = clock.instant();
      Instant until = now.plus(properties.claimTimeout());
      // Only a constant from the configuration is inlined; everything else is bound.
      List<Long> due = jdbc.queryForList("SELECT id FROM outbox_message WHERE status = 'PENDING'"
          + " AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)"
          + " ORDER BY next_attempt_at, id FETCH FIRST " + properties.batchSize() + " ROWS ONLY"
          + " FOR UPDATE SKIP LOCKED", Long.class, at(now), at(now));
      List<Claimed> mine = new ArrayList<>();
      for (Long id : due) {
        int won = jdbc.update("UPDATE outbox_message SET claimed_by = ?, claimed_until = ? WHERE id = ?"
            + " AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)",
            nodeId, at(until), id, at(now));
        if (won == 1) {
          mine.add(jdbc.queryForObject("SELECT id, message_id, recipient, subject, body, attempts"
              + " FROM outbox_message WHERE id = ?", (rs, row) -> claimed(rs, until), id));
        }
      }
      return mine;
    });
    return claimed == null ? List.of() : claimed;
  }

  private static Claimed claimed(ResultSet rs, Instant claimedUntil) throws SQLException {
    return new Claimed(rs.getLong("id"), rs.getString("message_id"), rs.getString("recipient"),
        rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"), claimedUntil);
  }

  enum Result { SENT, FAILED, SERVER_TIMED_OUT }

  /** Sends one claimed message and records the result. */
  Result send(Claimed message) {
    try {
      mailSender.send(mime(message));
    } catch (MailParseException | MailPreparationException e) {
      // The message cannot be built (e.g. an invalid address): no retry will help.
      recordFailure(message, e, true);
      return Result.FAILED;
    } catch (RuntimeException e) {
      recordFailure(message, e, false);
      return timedOut(e) ? Result.SERVER_TIMED_OUT : Result.FAILED;
    }
    Instant sentAt = clock.instant();
    int recorded;
    try {
      recorded = whileClaimed(message, () -> recordSent(message.id(), sentAt));
    } catch (DataAccessException e) {
      // Still no database near the claim's end: the next run records it (settleOwnClaims), unless this node stops.
      sentNotRecorded.put(message.id(), sentAt);
      throw e;
    }
    if (recorded == 0) {
      LOG.warn("Outbox message {} was sent after its claim ran out; another node may send it again "
          + "(same Message-ID)", message.id());
    }
    return Result.SENT;
  }

  /** Records a message SENT if this node still claims it; the number of rows updated (0 or 1). */
  private int recordSent(long id, Instant sentAt) {
    return jdbc.update("UPDATE outbox_message SET status = 'SENT', sent_at = ?, attempts = attempts + 1,"
        + " last_error = NULL, claimed_by = NULL, claimed_until = NULL"
        + " WHERE id = ? AND claimed_by = ? AND status = 'PENDING'", at(sentAt), id, nodeId);
  }

  /** A connect or read timeout of the SMTP server (mail.smtp.connectiontimeout, mail.smtp.timeout). */
  static boolean timedOut(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      // MessagingException's cause is its next exception: the socket's timeout is found along the chain.
      if (cause instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** Gives claimed messages back untried: no attempt counted, due again at once. */
  private void release(List<Claimed> untried) {
    for (Claimed message : untried) {
      jdbc.update("UPDATE outbox_message SET claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?",
          message.id(), nodeId);
    }
  }

  /**
   * Records that a message went out. The SMTP server has accepted it: if the database cannot be reached now (an
   * outage, a restart), the row would stay claimed and be sent again by any node once the claim runs out. So the
   * update is retried, with growing pauses, for as long as this node's claim lasts (less a tenth as margin), which
   * turns a database outage shorter than {@code claim-timeout} into a delay instead of a duplicate.
   */
  private int whileClaimed(Claimed message, IntSupplier update) {
    long budgetNanos = Duration.between(clock.instant(), message.claimedUntil())
        .minus(properties.claimTimeout().dividedBy(10)).toNanos();
    long deadline = System.nanoTime() + Math.max(0, budgetNanos);
    long pauseMillis = 250;
    while (true) {
      try {
        return update.getAsInt();
      } catch (DataAccessException e) {
        if (System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
          throw e;
        }
        LOG.warn("Outbox message {} was sent but could not be recorded yet ({}); trying again",
            message.id(), e.getClass().getSimpleName());
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        pauseMillis = Math.min(pauseMillis * 2, RECORD_PAUSE_MAX_MILLIS);
      }
    }
  }

  private MimeMessage mime(Claimed message) {
    MimeMessage mime = mailSender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
      helper.setFrom(from);
      helper.setTo(message.recipient());
      helper.setSubject(subjectLine(message.subject()));
      helper.setText(message.body(), false);
      helper.setSentDate(Date.from(clock.instant()));
      // JavaMailSenderImpl keeps an explicitly set Message-ID when it saves the message.
      mime.setHeader("Message-ID", message.messageId());
    } catch (MessagingException e) {
      throw new MailParseException(e);
    }
    return mime;
  }

  /**
   * A subject on one line: names typed by staff (institutions, agencies, places) go into subjects, and a line break
   * there would otherwise start a header of its own (docs/adr/0032-hostile-input.md).
   */
  static String subjectLine(String subject) {
    return subject == null ? "" : subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }

  private void recordFailure(Claimed message, Exception e, boolean permanent) {
    int attempts = message.attempts() + 1;
    boolean giveUp = permanent || attempts >= properties.maxAttempts();
    Instant next = clock.instant().plus(properties.backoffAfter(attempts));
    String error = OutboxMessage.cut(describe(e), 1000);
    int recorded = jdbc.update("UPDATE outbox_message SET status = ?, attempts = ?, next_attempt_at = ?,"
        + " last_error = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?",
        giveUp ? OutboxStatus.FAILED.name() : OutboxStatus.PENDING.name(), attempts, at(next), error,
        message.id(), nodeId);
    if (recorded == 0) {
      LOG.warn("Outbox message {} failed after its claim ran out; result not recorded", message.id());
    } else if (giveUp) {
      LOG.warn("Outbox message {} FAILED after {} attempt(s): {}", message.id(), attempts, error);
    } else {
      LOG.info("Outbox message {} attempt {} failed, next attempt at {}: {}", message.id(), attempts, next, error);
    }
  }

  static String describe(Exception e) {
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
    String text = cause.getMessage();
    return cause.getClass().getSimpleName() + (text == null ? "" : ": " + text.strip());
  }

  static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
