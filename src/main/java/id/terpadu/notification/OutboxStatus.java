package id.terpadu.notification;

/** Where an outbox message stands: waiting (or retrying), sent, or given up after the last attempt. */
public enum OutboxStatus {
  PENDING, SENT, FAILED
}
