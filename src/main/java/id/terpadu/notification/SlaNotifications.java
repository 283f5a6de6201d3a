package id.terpadu.notification;

import id.terpadu.sla.SlaBreached;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deadline mails, written to the outbox in the transaction of the timer that found the breach: the first
 * level is a reminder to whoever has the task (or its group), later levels an escalation to the groups the
 * escalation table names (the unit's supervisors, then its head).
 */
@Component
class SlaNotifications {

  private final Notifications notifications;

  SlaNotifications(Notifications notifications) {
    this.notifications = notifications;
  }

  @EventListener
  void on(SlaBreached breach) {
    TaskNotice notice = TaskNotice.of(breach.caseNumber(), breach.regencyCode(), breach.taskName(), breach.dueAt(),
        breach.taskId());
    if (breach.level() == 1) {
      notifications.deadlineReminder(notice, breach.notifyUsers(), breach.notifyGroups());
    } else {
      notifications.escalation(notice, breach.level(), breach.notifyGroups());
    }
  }
}
