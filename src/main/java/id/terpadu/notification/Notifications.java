package id.terpadu.notification;

import id.terpadu.notification.MailTemplates.Mail;
import id.terpadu.organisation.Roles;
import id.terpadu.notification.Recipients.Recipient;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notification e-mails, one method per kind, for features that cause them (task listeners, referral events,
 * later the SLA timers). Each writes outbox rows in the caller's transaction — it must run inside one, so
 * that a rolled-back event sends nothing — and returns how many e-mails it queued. Staff without an e-mail
 * address or with e-mail switched off get none. The mails say only a case number, a task, a deadline and a
 * link (see {@link MailTemplates}).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Notifications {

  private final Outbox outbox;
  private final MailTemplates templates;
  private final Recipients recipients;

  public Notifications(Outbox outbox, MailTemplates templates, Recipients recipients) {
    this.outbox = outbox;
    this.templates = templates;
    this.recipients = recipients;
  }

  /**
   * A new task for its candidates: every member of the candidate groups and every candidate user, once,
   * except {@code exceptUserId} (who caused it; may be null).
   */
  public int newTask(TaskNotice task, Collection<String> candidateGroups, Collection<String> candidateUsers,
      String exceptUserId) {
    List<Recipient> to = usersAndMembers(candidateUsers, candidateGroups).stream()
        .filter(r -> !r.userId().equals(exceptUserId)).toList();
    return toStaff(NotificationType.TASK_FOR_GROUP, to, templates.newTaskForGroup(task), taskReference(task));
  }

  /** A task given to a user. */
  public int taskAssigned(TaskNotice task, String userId) {
    return toStaff(NotificationType.TASK_ASSIGNED, recipients.users(List.of(userId)), templates.taskAssigned(task),
        taskReference(task));
  }

  /** A task reached its due date: its assignee, or the members of its candidate groups. */
  public int deadlineReminder(TaskNotice task, Collection<String> userIds, Collection<String> groupIds) {
    return toStaff(NotificationType.DEADLINE_REMINDER, usersAndMembers(userIds, groupIds),
        templates.deadlineReminder(task), taskReference(task));
  }

  /** A deadline passed: the escalation groups of that level (supervisors, then the head of unit). */
  public int escalation(TaskNotice task, int level, Collection<String> groupIds) {
    return toStaff(NotificationType.ESCALATION, recipients.groupMembers(groupIds), templates.escalation(task, level),
        taskReference(task));
  }

  /** The daily digest of a unit's open breaches: the members of the given groups. */
  public int breachDigest(Collection<String> groupIds, String subject, String body, String reference) {
    return toStaff(NotificationType.BREACH_DIGEST, recipients.groupMembers(groupIds), new Mail(subject, body),
        reference);
  }

  /** A referral sent to a partner agency: the agency's office address from the agency directory. */
  public int referralSent(ReferralNotice referral, String agencyEmail) {
    if (agencyEmail == null || agencyEmail.isBlank()) {
      return 0;
    }
    Mail mail = templates.referralSent(referral);
    outbox.enqueue(new OutboxMail(NotificationType.REFERRAL_SENT, agencyEmail, null, mail.subject(), mail.body(),
        referralReference(referral)));
    return 1;
  }

  /** A partner agency declined a referral: the case's caseworker. */
  public int referralDeclined(ReferralNotice referral, String caseworkerId) {
    return toStaff(NotificationType.REFERRAL_DECLINED, recipients.users(listOf(caseworkerId)),
        templates.referralDeclined(referral), referralReference(referral));
  }

  /** A partner agency reported the service of a referral: the case's caseworker. */
  public int referralServiceReported(ReferralNotice referral, String caseworkerId) {
    return toStaff(NotificationType.REFERRAL_SERVICE_REPORTED, recipients.users(listOf(caseworkerId)),
        templates.referralServiceReported(referral), referralReference(referral));
  }

  /** The receiving unit accepted or declined a case transfer: the staff member who proposed it. */
  public int transferDecided(TransferNotice transfer, String proposerId) {
    return toStaff(NotificationType.TRANSFER_DECIDED, recipients.users(listOf(proposerId)),
        templates.transferDecided(transfer), "transfer:" + transfer.transferId());
  }

  /**
   * The sending unit withdrew its proposal: the receiving unit's supervisors and head, whose decision task
   * ended without them.
   */
  public int transferWithdrawn(TransferNotice transfer, String toRegency) {
    return toStaff(NotificationType.TRANSFER_WITHDRAWN, recipients.groupMembers(List.of(
        Roles.unitGroup(Roles.SUPERVISOR, toRegency), Roles.unitGroup(Roles.HEAD, toRegency))),
        templates.transferWithdrawn(transfer), "transfer:" + transfer.transferId());
  }

  /**
   * Any other e-mail to staff members who can be reached (address, e-mail on). The caller is responsible for
   * the text: Bahasa Indonesia, and never a child's identity.
   */
  public int enqueueForUsers(NotificationType type, Collection<String> userIds, String subject, String body,
      String reference) {
    return toStaff(type, recipients.users(userIds), new Mail(subject, body), reference);
  }

  /**
   * Any other e-mail to the members of groups who can be reached (address, e-mail on), each once. The caller is
   * responsible for the text, as above.
   */
  public int enqueueForGroups(NotificationType type, Collection<String> groupIds, String subject, String body,
      String reference) {
    return toStaff(type, recipients.groupMembers(groupIds), new Mail(subject, body), reference);
  }

  /** One e-mail to one address, as given. The caller is responsible for the text, as above. */
  public OutboxMessage enqueue(OutboxMail mail) {
    return outbox.enqueue(mail);
  }

  private int toStaff(NotificationType type, List<Recipient> to, Mail mail, String reference) {
    for (Recipient r : to) {
      outbox.enqueue(new OutboxMail(type, r.email(), r.userId(), mail.subject(), mail.body(), reference));
    }
    return to.size();
  }

  private List<Recipient> usersAndMembers(Collection<String> userIds, Collection<String> groupIds) {
    List<Recipient> users = recipients.users(userIds);
    List<Recipient> members = recipients.groupMembers(groupIds);
    Set<String> seen = new HashSet<>();
    return Stream.concat(users.stream(), members.stream()).filter(r -> seen.add(r.userId())).toList();
  }

  private static List<String> listOf(String userId) {
    return userId == null ? List.of() : List.of(userId);
  }

  static String taskReference(TaskNotice task) {
    return "task:" + task.taskId();
  }

  static String referralReference(ReferralNotice referral) {
    return "referral:" + referral.referralId();
  }
}
