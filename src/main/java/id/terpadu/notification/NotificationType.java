package id.terpadu.notification;

/** Why an e-mail is sent; stored with each outbox message for administrators. */
public enum NotificationType {
  /** A new task for a candidate group: every member with an e-mail address and e-mail on. */
  TASK_FOR_GROUP,
  /** A task was given to a user (by someone else). */
  TASK_ASSIGNED,
  /** A referral was sent to a partner agency: the agency's directory address. */
  REFERRAL_SENT,
  /** A partner agency declined a referral: the case's caseworker. */
  REFERRAL_DECLINED,
  /** A partner agency reported the service of a referral: the case's caseworker. */
  REFERRAL_SERVICE_REPORTED,
  /** A task reached its due date (SLA timers). */
  DEADLINE_REMINDER,
  /** A deadline passed and the task is escalated (SLA timers). */
  ESCALATION,
  /** The daily digest of a unit's open deadline breaches: its supervisors and head. */
  BREACH_DIGEST,
  /** The receiving unit accepted or declined a proposed case transfer: the proposer. */
  TRANSFER_DECIDED,
  /** The sending unit withdrew a proposed case transfer: the receiving unit's supervisors and head. */
  TRANSFER_WITHDRAWN,
  /** No attendance of a child welfare institution's residents recorded by the morning: its staff group. */
  LKSA_ATTENDANCE_REMINDER,
  /** A case conference was scheduled: each invited partner agency's directory address. */
  CONFERENCE_INVITATION,
  /** Anything else enqueued through {@link Notifications#enqueue}. */
  OTHER
}
