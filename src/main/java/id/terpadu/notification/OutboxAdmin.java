package id.terpadu.notification;

import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see of the outbox, and sending a message again. */
@Service
public class OutboxAdmin {

  public static final String NOT_FOUND = "OUTBOX_MESSAGE_NOT_FOUND";
  public static final String ALREADY_SENT = "OUTBOX_MESSAGE_SENT";
  public static final String BEING_SENT = "OUTBOX_MESSAGE_SENDING";
  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;

  private final OutboxRepository messages;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public OutboxAdmin(OutboxRepository messages, JdbcTemplate jdbc, Clock clock) {
    this.messages = messages;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A message as administrators see it; the body only in the single view. */
  public record MessageView(long id, String messageId, NotificationType type, String reference, String recipient,
      String recipientUserId, String subject, String body, OutboxStatus status, int attempts,
      Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    static MessageView of(OutboxMessage m, boolean withBody) {
      return new MessageView(m.getId(), m.getMessageId(), m.getType(), m.getReference(), m.getRecipient(),
          m.getRecipientUserId(), m.getSubject(), withBody ? m.getBody() : null, m.getStatus(), m.getAttempts(),
          m.getNextAttemptAt(), m.getLastError(), m.getCreatedAt(), m.getSentAt());
    }
  }

  /** A page of messages, newest first; {@code total} counts all that match. */
  public record MessagePage(List<MessageView> items, int page, int size, long total) {}

  /** Messages with the given status (null: all), newest first; raw parameters are validated here. */
  @Transactional(readOnly = true)
  public MessagePage list(String status, String page, String size) {
    List<FieldProblem> problems = new ArrayList<>();
    OutboxStatus parsed = null;
    if (status != null && !status.isBlank()) {
      try {
        parsed = OutboxStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("status", "UNKNOWN_CODE", "Status harus PENDING, SENT atau FAILED."));
      }
    }
    int pageNumber = number(page, 0, 0, Integer.MAX_VALUE, "page", "Nomor halaman harus bilangan bulat 0 atau lebih.",
        problems);
    int pageSize = number(size, DEFAULT_SIZE, 1, MAX_SIZE, "size",
        "Jumlah per halaman harus bilangan bulat 1–" + MAX_SIZE + ".", problems);
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    PageRequest request = PageRequest.of(pageNumber, pageSize, Sort.by(Sort.Direction.DESC, "id"));
    Page<OutboxMessage> found = parsed == null ? messages.findAll(request) : messages.findByStatus(parsed, request);
    return new MessagePage(found.map(m -> MessageView.of(m, false)).getContent(), pageNumber, pageSize,
        found.getTotalElements());
  }

  @Transactional(readOnly = true)
  public MessageView get(long id) {
    return MessageView.of(find(id), true);
  }

  /**
   * Sends a pending or failed message again as soon as a node delivers: a fresh series of attempts. A sent
   * message, or one a node is sending right now, is a conflict.
   */
  @Transactional
  public MessageView retry(long id) {
    Instant now = clock.instant();
    int updated = jdbc.update("UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = ?"
        + " WHERE id = ? AND status IN ('PENDING', 'FAILED') AND (claimed_until IS NULL OR claimed_until < ?)",
        OutboxDelivery.at(now), id, OutboxDelivery.at(now));
    OutboxMessage message = find(id);
    if (updated == 0) {
      if (message.getStatus() == OutboxStatus.SENT) {
        throw ApiException.conflict(ALREADY_SENT, "The message was sent already.");
      }
      throw ApiException.conflict(BEING_SENT, "A node is sending the message right now.");
    }
    return MessageView.of(message, true);
  }

  private OutboxMessage find(long id) {
    return messages.findById(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND, "No such outbox message."));
  }

  private static int number(String raw, int fallback, int min, int max, String field, String message,
      List<FieldProblem> problems) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(new FieldProblem(field, "RANGE", message));
    return fallback;
  }
}
