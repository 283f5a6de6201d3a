package id.terpadu.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail in the outbox. Written with the event that causes it; delivery ({@link OutboxDelivery}) changes
 * its status, attempts and claim with SQL of its own, so this entity is only created and read.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  static final int MAX_SUBJECT = 300;
  static final int MAX_BODY = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
  @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
  private Long id;

  @Column(name = "message_id", nullable = false, length = 200, updatable = false)
  private String messageId;

  @Enumerated(EnumType.STRING)
  @Column(name = "notification_type", nullable = false, length = 40, updatable = false)
  private NotificationType type;

  @Column(name = "reference", length = 100, updatable = false)
  private String reference;

  @Column(name = "recipient", nullable = false, length = 254, updatable = false)
  private String recipient;

  @Column(name = "recipient_user_id", length = 64, updatable = false)
  private String recipientUserId;

  @Column(name = "subject", nullable = false, length = MAX_SUBJECT, updatable = false)
  private String subject;

  @Column(name = "body", nullable = false, length = MAX_BODY, updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private OutboxStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "claimed_by", length = 100)
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMessage() {}

  OutboxMessage(OutboxMail mail, Instant now) {
    this.messageId = newMessageId();
    this.type = mail.type();
    this.reference = cut(mail.reference(), 100);
    this.recipient = mail.recipient().trim();
    this.recipientUserId = mail.recipientUserId();
    this.subject = cut(mail.subject(), MAX_SUBJECT);
    this.body = cut(mail.body(), MAX_BODY);
    this.status = OutboxStatus.PENDING;
    this.attempts = 0;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** A globally unique Message-ID, fixed at insert: a resend after a crash carries the same one. */
  static String newMessageId() {
    return "<outbox-" + UUID.randomUUID() + "@terpadu>";
  }

  static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public String getMessageId() {
    return messageId;
  }

  public NotificationType getType() {
    return type;
  }

  public String getReference() {
    return reference;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getRecipientUserId() {
    return recipientUserId;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Instant getClaimedUntil() {
    return claimedUntil;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
