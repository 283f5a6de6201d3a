package id.terpadu.notification;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/** The outbox's delivery on this node, and its schedule unless {@code terpadu.mail.outbox.enabled=false}. */
@Configuration
@EnableConfigurationProperties(OutboxProperties.class)
public class NotificationConfig {

  @Bean
  OutboxDelivery outboxDelivery(JdbcTemplate jdbc, PlatformTransactionManager transactions,
      JavaMailSender mailSender, OutboxProperties properties, @Value("${terpadu.mail.from}") String from,
      Clock clock) {
    return new OutboxDelivery(jdbc, transactions, mailSender, properties, from, clock, OutboxDelivery.newNodeId());
  }

  /** Every node delivers: claims keep them from sending the same message. */
  @Configuration
  @EnableScheduling
  @ConditionalOnProperty(name = "terpadu.mail.outbox.enabled", havingValue = "true", matchIfMissing = true)
  static class OutboxSchedule {

    private final OutboxDelivery delivery;

    OutboxSchedule(OutboxDelivery delivery) {
      this.delivery = delivery;
    }

    @Scheduled(initialDelayString = "${terpadu.mail.outbox.poll-interval:PT10S}",
        fixedDelayString = "${terpadu.mail.outbox.poll-interval:PT10S}")
    void deliver() {
      delivery.deliverDue();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void removeOldSent() {
      delivery.removeOldSent();
    }
  }
}
