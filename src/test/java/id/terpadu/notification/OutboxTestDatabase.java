package id.terpadu.notification;

import java.time.Instant;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The real outbox table on a fresh in-memory H2, and a mail sender to a local SMTP port: for delivery tests. */
final class OutboxTestDatabase {

  final JdbcTemplate jdbc;
  final DataSourceTransactionManager transactions;
  final JavaMailSenderImpl mailSender;
  private long nextId = 1;

  OutboxTestDatabase(int smtpPort) {
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    new ResourceDatabasePopulator(new ClassPathResource("db/migration/common/V10__notification_outbox.sql"))
        .execute(dataSource);
    jdbc = new JdbcTemplate(dataSource);
    transactions = new DataSourceTransactionManager(dataSource);
    mailSender = new JavaMailSenderImpl();
    mailSender.setHost("127.0.0.1");
    mailSender.setPort(smtpPort);
  }

  /** A pending message to the recipient, due now; its row id. */
  long insert(String recipient, Instant now) {
    long id = nextId++;
    jdbc.update("INSERT INTO outbox_message (id, message_id, notification_type, recipient, subject, body, status,"
        + " attempts, next_attempt_at, created_at) VALUES (?, ?, 'OTHER', ?, ?, ?, 'PENDING', 0, ?, ?)",
        id, OutboxMessage.newMessageId(), recipient, "Subjek " + id, "Isi pesan " + id,
        OutboxDelivery.at(now), OutboxDelivery.at(now));
    return id;
  }

  String messageId(long id) {
    return jdbc.queryForObject("SELECT message_id FROM outbox_message WHERE id = ?", String.class, id);
  }
}
