package id.terpadu.lksa;

import id.terpadu.notification.MailTemplates;
import id.terpadu.notification.NotificationType;
import id.terpadu.notification.Notifications;
import id.terpadu.notification.OutboxDelivery;
import id.terpadu.region.UnitTimeZones;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds an institution's staff (group {@code lksa-<code>}) by e-mail when it has residents and nobody recorded any
 * attendance of the day by {@code terpadu.lksa.reminder.time} (default 10:00, local time of the unit's zone).
 * Every node looks every {@code terpadu.lksa.reminder.interval}; the node that inserts the institution's row for
 * the day into {@code lksa_attendance_reminder} — in the same transaction as the outbox messages — sends it, so the
 * reminder goes out once per institution and day whatever the number of nodes. The mail names the institution, the
 * date and a link to {@code /lksa}, never a child.
 */
@Component
public class AttendanceReminders {

  private final InstitutionRepository institutions;
  private final ResidenceRepository residences;
  private final AttendanceRepository attendance;
  private final Notifications notifications;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final LksaProperties properties;
  private final Clock clock;
  private final MailTemplates templates;
  private final String node = OutboxDelivery.newNodeId();

  public AttendanceReminders(InstitutionRepository institutions, ResidenceRepository residences,
      AttendanceRepository attendance, Notifications notifications, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, LksaProperties properties, Clock clock, MailTemplates templates) {
    this.institutions = institutions;
    this.residences = residences;
    this.attendance = attendance;
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.properties = properties;
    this.clock = clock;
    this.templates = templates;
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${terpadu.lksa.reminder.interval:PT5M}")
  void scheduled() {
    if (properties.reminder().enabled()) {
      remind(clock.instant());
    }
  }

  /**
   * Sends the reminders due at {@code now}: for each institution with an open stay whose local time has reached
   * the reminder time, that has a resident admitted by its local today and no attendance recorded that day, and
   * that no node reminded today. Returns the institutions reminded by this call.
   */
  public int remind(Instant now) {
    int reminded = 0;
    for (Institution institution : institutions.findAllById(residences.institutionsWithOpenStays())) {
      ZonedDateTime local = now.atZone(UnitTimeZones.of(institution.getRegencyCode()));
      LocalDate day = local.toLocalDate();
      if (local.toLocalTime().isBefore(properties.reminder().time())
          || !residences.existsByInstitutionIdAndDischargedOnIsNullAndAdmittedOnLessThanEqual(institution.getId(), day)
          || attendance.existsByInstitutionIdAndAttendanceDate(institution.getId(), day)
          || alreadyReminded(institution.getId(), day)) {
        continue;
      }
      if (send(institution, day, local.getZone(), now)) {
        reminded++;
      }
    }
    return reminded;
  }

  private boolean alreadyReminded(long institutionId, LocalDate day) {
    Integer rows = jdbc.queryForObject(
        "SELECT COUNT(*) FROM lksa_attendance_reminder WHERE institution_id = ? AND reminder_date = ?", Integer.class,
        institutionId, Date.valueOf(day));
    return rows != null && rows > 0;
  }

  /** Claims the institution's day and queues the e-mails in one transaction; false when another node has it. */
  private boolean send(Institution institution, LocalDate day, ZoneId zone, Instant now) {
    try {
      return Boolean.TRUE.equals(newTransaction.execute(status -> {
        jdbc.update("INSERT INTO lksa_attendance_reminder (institution_id, reminder_date, node, recipients, sent_at)"
            + " VALUES (?, ?, ?, 0, ?)", institution.getId(), Date.valueOf(day), node, Timestamp.from(now));
        MailTemplates.Mail mail = templates.attendanceMissing(institution.getName(), day,
            properties.reminder().time(), zone);
        int queued = notifications.enqueueForGroups(NotificationType.LKSA_ATTENDANCE_REMINDER,
            List.of(institution.staffGroup()), mail.subject(), mail.body(), reference(institution.getId(), day));
        jdbc.update("UPDATE lksa_attendance_reminder SET recipients = ? WHERE institution_id = ? AND reminder_date = ?",
            queued, institution.getId(), Date.valueOf(day));
        return true;
      }));
    } catch (DuplicateKeyException anotherNodeSentIt) {
      return false;
    }
  }

  static String reference(long institutionId, LocalDate day) {
    return "lksa-attendance:" + institutionId + ":" + day;
  }
}
