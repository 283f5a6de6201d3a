package id.terpadu.notification;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads of the outbox; delivery updates rows with its own SQL ({@link OutboxDelivery}). */
public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

  Page<OutboxMessage> findByStatus(OutboxStatus status, Pageable page);

  List<OutboxMessage> findByReferenceOrderById(String reference);

  List<OutboxMessage> findByRecipientOrderById(String recipient);
}
