package id.terpadu.notification;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts e-mails in the outbox, always inside the caller's transaction (an engine command, an API call):
 * the message commits with the event that caused it, or disappears with its rollback. Calling it
 * without a transaction is a programming error.
 */
@Component
public class Outbox {

  private final OutboxRepository messages;
  private final Clock clock;

  public Outbox(OutboxRepository messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public OutboxMessage enqueue(OutboxMail mail) {
    return messages.save(new OutboxMessage(mail, clock.instant()));
  }
}
