package id.terpadu.notification;

import id.terpadu.process.FormValues;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.sla.SlaBreach;
import id.terpadu.sla.SlaBreachRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Every morning each unit's supervisors and head get one e-mail listing the unit's tasks past their deadline
 * (case number, task, due date, escalation level — no child identity). One node sends it per day: the node
 * that inserts the day's {@code digest_run} row.
 */
@Component
public class BreachDigest {

  private final SlaBreachRepository breaches;
  private final Notifications notifications;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String node;

  public BreachDigest(SlaBreachRepository breaches, Notifications notifications, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, Clock clock) {
    this.breaches = breaches;
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.node = OutboxDelivery.newNodeId();
  }

  @Value("${terpadu.mail.digest.enabled:true}")
  private boolean enabled = true;

  /** 07:00 WIB by default ({@code terpadu.mail.digest.cron}); off with {@code terpadu.mail.digest.enabled=false}. */
  @Scheduled(cron = "${terpadu.mail.digest.cron:0 0 7 * * *}", zone = "Asia/Jakarta")
  void daily() {
    if (enabled) {
      send(LocalDate.now(clock.withZone(UnitTimeZones.WIB)));
    }
  }

  /** Sends the digest of {@code day} unless a node already did; returns how many e-mails were queued. */
  public int send(LocalDate day) {
    if (!claim(day)) {
      return 0;
    }
    try {
      Integer queued = transaction.execute(status -> queue());
      return queued == null ? 0 : queued;
    } catch (RuntimeException e) {
      newTransaction.executeWithoutResult(status -> jdbc.update("DELETE FROM digest_run WHERE run_date = ?", day));
      throw e;
    }
  }

  private boolean claim(LocalDate day) {
    try {
      newTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO digest_run (run_date, node, ran_at) VALUES (?, ?, ?)", day, node,
          java.sql.Timestamp.from(clock.instant())));
      return true;
    } catch (DuplicateKeyException alreadySent) {
      return false;
    }
  }

  private int queue() {
    Map<String, List<SlaBreach>> byUnit = new TreeMap<>();
    // the highest level reached per task, oldest deadline first
    Map<String, SlaBreach> latest = new LinkedHashMap<>();
    for (SlaBreach b : breaches.findByResolvedAtIsNullOrderByDueAt()) {
      latest.merge(b.getTaskId(), b, (x, y) -> x.getLevel() >= y.getLevel() ? x : y);
    }
    for (SlaBreach b : latest.values()) {
      if (b.getRegencyCode() != null) {
        byUnit.computeIfAbsent(b.getRegencyCode(), r -> new java.util.ArrayList<>()).add(b);
      }
    }
    int queued = 0;
    for (Map.Entry<String, List<SlaBreach>> unit : byUnit.entrySet()) {
      ZoneId zone = UnitTimeZones.of(unit.getKey());
      String lines = unit.getValue().stream().map(b -> "- " + (b.getCaseNumber() == null ? "" : b.getCaseNumber()
          + ": ") + b.getTaskName() + ", tenggat " + (b.getDueAt() == null ? "-"
          : FormValues.INDONESIAN_DATE_TIME.format(b.getDueAt().atZone(zone))) + " (tingkat " + b.getLevel() + ")")
          .collect(Collectors.joining("\n"));
      String subject = "Ringkasan harian: " + unit.getValue().size() + " tugas lewat tenggat";
      String body = "Tugas unit Anda yang melewati tenggat dan belum selesai:\n\n" + lines
          + "\n\nBuka Cockpit atau Tasklist Terpadu untuk menindaklanjuti.";
      queued += notifications.breachDigest(List.of("supervisor-" + unit.getKey(), "head-" + unit.getKey()), subject,
          body, "digest:" + unit.getKey());
    }
    return queued;
  }
}
