package id.terpadu.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is delivered ({@code terpadu.mail.outbox.*}).
 *
 * @param enabled       whether this node delivers on a schedule (off in tests, which deliver explicitly)
 * @param pollInterval  pause between two delivery runs of a node
 * @param batchSize     messages a node claims per run
 * @param maxAttempts   attempts before a message is FAILED
 * @param initialBackoff wait after the first failure; doubled after each further failure
 * @param maxBackoff    longest wait between two attempts
 * @param claimTimeout  how long a claim lasts: a node that died mid-send frees its rows after this
 * @param keepSent      how long sent messages stay in the table
 */
@ConfigurationProperties("terpadu.mail.outbox")
public record OutboxProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("PT10S") Duration pollInterval,
    @DefaultValue("20") int batchSize,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("PT1M") Duration initialBackoff,
    @DefaultValue("PT1H") Duration maxBackoff,
    @DefaultValue("PT5M") Duration claimTimeout,
    @DefaultValue("P30D") Duration keepSent) {

  public OutboxProperties {
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("terpadu.mail.outbox: batch-size and max-attempts must be at least 1");
    }
  }

  /** The wait after the given number of failed attempts (1, 2, …): initial × 2^(n−1), at most maxBackoff. */
  public Duration backoffAfter(int failedAttempts) {
    Duration wait = initialBackoff;
    for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
