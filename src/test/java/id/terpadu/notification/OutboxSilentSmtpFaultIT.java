package id.terpadu.notification;

import org.junit.jupiter.api.Tag;

/**
 * {@link OutboxSilentSmtpTest} with the shipped JavaMail timeouts as they are (a silent server costs 20 s per
 * message): suite {@code -Pfaults}. No Spring context.
 */
@Tag("faults")
class OutboxSilentSmtpFaultIT extends OutboxSilentSmtpTest {

  @Override
  int scale() {
    return 1;
  }
}
